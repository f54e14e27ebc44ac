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

describe('InMemoryConversationStore under a flood of new conversations', () => {
  const clock = new SettableClock(new Date('2026-11-20T00:00:00Z'));

  test('keeps at most its capacity, forgetting the least recently used, not the one still talking', async () => {
    const store = new InMemoryConversationStore(clock, 24 * HOUR, { maxEntries: 100, maxChars: 1024 * 1024 });
    await store.save('regular', { envelope: { n: 1 }, transcript: [] }, 0);
    for (let i = 0; i < 1_000; i += 1) {
      await store.save(`flood-${i}`, { envelope: { n: i }, transcript: [] }, 0);
      // The regular customer keeps writing while the flood goes on.
      if (i % 50 === 0) expect(await store.load('regular')).not.toBeNull();
    }
    expect(store.size).toBe(100);
    expect(await store.load('flood-0')).toBeNull();
    expect((await store.load('flood-999'))?.envelope).toEqual({ n: 999 });
    expect((await store.load('regular'))?.envelope).toEqual({ n: 1 });
  });

  test('a few huge conversations cannot hold more text than the capacity allows', async () => {
    const store = new InMemoryConversationStore(clock, 24 * HOUR, { maxEntries: 1_000, maxChars: 1024 * 1024 });
    const padding = 'x'.repeat(200 * 1024);
    for (let i = 0; i < 20; i += 1) await store.save(`big-${i}`, { envelope: { padding }, transcript: [] }, 0);
    // 20 x 200 KB were saved; only what fits in 1 MB is kept, newest first.
    expect(store.size).toBeLessThanOrEqual(5);
    expect(await store.load('big-0')).toBeNull();
    expect(await store.load('big-19')).not.toBeNull();
  });
});
