import type { Clock } from '../../../../src/ports/clock';
import { DEFAULT_DIRECT_LINE_LIMITS, DirectLineStore, type DirectLineConversation } from '../../../../src/server/dev/direct-line/direct-line-store';

class ManualClock implements Clock {
  private current = new Date('2026-11-20T09:00:00+11:00').getTime();
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

const message = (text: string) => ({ type: 'message', text });


/** A new conversation; these tests never fill the store with other clients' conversations. */
function created(store: DirectLineStore, client?: string): DirectLineConversation {
  const conversation = store.create(client);
  if (conversation === undefined) throw new Error('the store refused a new conversation');
  return conversation;
}

describe('DirectLineStore', () => {
  it('gives every activity a new id and hands out only what is newer than the watermark', () => {
    const store = new DirectLineStore(new ManualClock());
    const conversation = created(store);
    const first = store.append(conversation, message('one'));
    const second = store.append(conversation, message('two'));

    expect(first.id).not.toBe(second.id);
    expect(store.activitiesAfter(conversation, undefined)).toEqual({ activities: [first, second], watermark: '2' });
    expect(store.activitiesAfter(conversation, 1)).toEqual({ activities: [second], watermark: '2' });
    expect(store.activitiesAfter(conversation, 2)).toEqual({ activities: [], watermark: '2' });
  });

  it('keeps only the newest activities of a conversation, and the watermark keeps counting', () => {
    const store = new DirectLineStore(new ManualClock(), { ...DEFAULT_DIRECT_LINE_LIMITS, maxActivitiesPerConversation: 2 });
    const conversation = created(store);
    for (const text of ['one', 'two', 'three']) store.append(conversation, message(text));

    const { activities, watermark } = store.activitiesAfter(conversation, undefined);
    expect(activities.map((a) => a.text)).toEqual(['two', 'three']);
    expect(watermark).toBe('3');
  });

  it('forgets a conversation nobody touched for the idle timeout, token and all', () => {
    const clock = new ManualClock();
    const store = new DirectLineStore(clock, { ...DEFAULT_DIRECT_LINE_LIMITS, idleTimeoutMs: 60_000 });
    const idle = created(store);
    const busy = created(store);

    clock.advance(40_000);
    expect(store.find(busy.id)).toBe(busy);
    clock.advance(30_000);

    expect(store.find(idle.id)).toBeUndefined();
    expect(store.checkToken(idle.token)).toEqual({ kind: 'unknown' });
    expect(store.find(busy.id)).toBe(busy);
    expect(store.size).toBe(1);
  });

  it('refuses a token after its lifetime, and a refreshed token replaces the old one', () => {
    const clock = new ManualClock();
    const store = new DirectLineStore(clock, { ...DEFAULT_DIRECT_LINE_LIMITS, tokenLifetimeSeconds: 60 });
    const conversation = created(store);
    const oldToken = conversation.token;

    clock.advance(30_000);
    store.refreshToken(conversation);
    expect(store.checkToken(oldToken)).toEqual({ kind: 'unknown' });

    clock.advance(50_000);
    expect(store.checkToken(conversation.token)).toEqual({ kind: 'valid', conversation });
    clock.advance(20_000);
    expect(store.checkToken(conversation.token)).toEqual({ kind: 'expired' });
  });

  it('holds at most the configured number of conversations, dropping the least recently active', () => {
    const clock = new ManualClock();
    const store = new DirectLineStore(clock, { ...DEFAULT_DIRECT_LINE_LIMITS, maxConversations: 2 });
    const first = created(store);
    clock.advance(1);
    const second = created(store);
    clock.advance(1);
    store.find(first.id);
    clock.advance(1);
    created(store);

    expect(store.size).toBe(2);
    expect(store.find(second.id)).toBeUndefined();
    expect(store.find(first.id)).toBe(first);
  });

  it('updates and deletes activities in place', () => {
    const store = new DirectLineStore(new ManualClock());
    const conversation = created(store);
    const stored = store.append(conversation, message('draft'));
    const id = stored.id ?? '';

    expect(store.replace(conversation, id, message('final'))).toBe(true);
    expect(store.activitiesAfter(conversation, undefined).activities).toEqual([
      expect.objectContaining({ id, text: 'final' }),
    ]);
    expect(store.remove(conversation, id)).toBe(true);
    expect(store.activitiesAfter(conversation, undefined).activities).toEqual([]);
    expect(store.replace(conversation, id, message('gone'))).toBe(false);
  });

  it('makes room for a client only from its own conversations, and refuses when all others belong to other clients', () => {
    const clock = new ManualClock();
    const store = new DirectLineStore(clock, { ...DEFAULT_DIRECT_LINE_LIMITS, maxConversations: 3, maxConversationsPerClient: 2 });
    const live = created(store, '127.0.0.1');
    clock.advance(1);
    const floods = Array.from({ length: 10 }, () => {
      clock.advance(1);
      return created(store, '127.0.0.2');
    });
    expect(store.find(live.id)).toBe(live);
    expect(store.size).toBe(3);
    expect(floods.slice(0, -2).every((flood) => store.find(flood.id) === undefined)).toBe(true);
    expect(store.create('127.0.0.3')).toBeUndefined();
    expect(store.find(live.id)).toBe(live);
  });
});
