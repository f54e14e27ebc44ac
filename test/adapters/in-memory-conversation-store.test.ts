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
    await store.save('c1', envelope);
    const loaded = await store.load('c1');
    expect(loaded).toEqual(envelope);
    expect(loaded).not.toBe(envelope);
    expect(await store.load('unknown')).toBeNull();
  });

  test('forgets a conversation idle for longer than its time to live, and keeps one that was saved again', async () => {
    const clock = new SettableClock(new Date('2026-11-20T00:00:00Z'));
    const store = new InMemoryConversationStore(clock, 2 * HOUR);
    await store.save('idle', { n: 1 });
    await store.save('active', { n: 1 });
    clock.current = new Date(clock.current.getTime() + 90 * 60 * 1000);
    await store.save('active', { n: 2 });
    clock.current = new Date(clock.current.getTime() + 60 * 60 * 1000);
    await store.save('another', { n: 1 });
    expect(await store.load('idle')).toBeNull();
    expect(await store.load('active')).toEqual({ n: 2 });
  });
});
