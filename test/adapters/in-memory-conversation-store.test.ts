import { InMemoryConversationStore } from '../../src/adapters/in-memory-conversation-store';
import type { Clock } from '../../src/ports/clock';

class SettableClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
}

const HOUR = 60 * 60 * 1000;

describe('InMemoryConversationStore', () => {
  test('gives back what was saved, as a copy that went through JSON', async () => {
    const store = new InMemoryConversationStore(new SettableClock(new Date('2026-11-20T00:00:00Z')));
    const envelope = { version: 2, snapshot: { value: 'awaitingFollowUp' } };
    await store.save('c1', { envelope, transcript: [] }, 0);
    const loaded = await store.load('c1');
    expect(loaded?.envelope).toEqual(envelope);
    expect(loaded?.envelope).not.toBe(envelope);
  });

  test('forgets a conversation idle for longer than its time to live, and keeps one that was saved again', async () => {
    const clock = new SettableClock(new Date('2026-11-20T00:00:00Z'));
    const store = new InMemoryConversationStore(clock, 2 * HOUR);
    await store.save('idle', { envelope: { n: 1 }, transcript: [] }, 0);
    await store.save('active', { envelope: { n: 1 }, transcript: [] }, 0);
    clock.current = new Date(clock.current.getTime() + 90 * 60 * 1000);
    await store.save('active', { envelope: { n: 2 }, transcript: [] }, 1);
    clock.current = new Date(clock.current.getTime() + 60 * 60 * 1000);
    await store.save('another', { envelope: { n: 1 }, transcript: [] }, 0);
    expect(await store.load('idle')).toBeNull();
    expect((await store.load('active'))?.envelope).toEqual({ n: 2 });
    // An expired conversation starts again from version 0, as a new one does.
    expect(await store.save('idle', { envelope: { n: 9 }, transcript: [] }, 0)).toBe(true);
  });
});
