import { InMemoryCopilotSessionStore } from '../../src/adapters/in-memory-copilot-session-store';
import type { Clock } from '../../src/ports/clock';

class SettableClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
}

const MINUTE = 60 * 1000;

describe('InMemoryCopilotSessionStore', () => {
  test('gives back what was saved, as a copy that went through JSON, and null for an unknown session', async () => {
    const store = new InMemoryCopilotSessionStore(new SettableClock(new Date('2026-11-20T00:00:00Z')));
    const session = { transcript: [{ from: 'customer', text: 'hi' }], envelope: null };
    await store.save('desk-1', session, 600);
    const loaded = await store.load('desk-1');
    expect(loaded).toEqual(session);
    expect(loaded).not.toBe(session);
    expect(await store.load('desk-2')).toBeNull();
  });

  test('forgets a session once its time to live has passed since the last save, and keeps one saved again', async () => {
    const clock = new SettableClock(new Date('2026-11-20T00:00:00Z'));
    const store = new InMemoryCopilotSessionStore(clock);
    await store.save('idle', { n: 1 }, 30 * 60);
    await store.save('active', { n: 1 }, 30 * 60);
    clock.current = new Date(clock.current.getTime() + 20 * MINUTE);
    await store.save('active', { n: 2 }, 30 * 60);
    clock.current = new Date(clock.current.getTime() + 20 * MINUTE);
    expect(await store.load('idle')).toBeNull();
    expect(await store.load('active')).toEqual({ n: 2 });
  });
});
