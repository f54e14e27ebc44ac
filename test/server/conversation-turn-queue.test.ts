import { ConversationTurnQueue } from '../../src/server/conversation-turn-queue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ConversationTurnQueue', () => {
  it('runs the tasks of one key one after another, in arrival order', async () => {
    const queue = new ConversationTurnQueue();
    const events: string[] = [];
    const firstGate = deferred();

    const first = queue.run('conversation-a', async () => {
      events.push('first started');
      await firstGate.promise;
      events.push('first ended');
      return 1;
    });
    const second = queue.run('conversation-a', async () => {
      events.push('second started');
      return 2;
    });

    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['first started']);
    firstGate.resolve();

    await expect(first).resolves.toBe(1);
    await expect(second).resolves.toBe(2);
    expect(events).toEqual(['first started', 'first ended', 'second started']);
  });

  it('runs tasks of different keys at the same time', async () => {
    const queue = new ConversationTurnQueue();
    const gate = deferred();
    const held = queue.run('conversation-a', () => gate.promise);

    // Would never settle if conversation-b waited behind conversation-a.
    await expect(queue.run('conversation-b', async () => 'b done')).resolves.toBe('b done');

    gate.resolve();
    await held;
  });

  it('keeps going after a task fails, and hands the failure only to that task', async () => {
    const queue = new ConversationTurnQueue();
    const failing = queue.run('conversation-a', async () => {
      throw new Error('turn failed');
    });
    const next = queue.run('conversation-a', async () => 'next ran');

    await expect(failing).rejects.toThrow('turn failed');
    await expect(next).resolves.toBe('next ran');
  });

  it('forgets a key once its work is done, so idle conversations cost nothing', async () => {
    const queue = new ConversationTurnQueue();
    const gate = deferred();
    const first = queue.run('conversation-a', () => gate.promise);
    const second = queue.run('conversation-a', async () => undefined);
    expect(queue.pendingFor('conversation-a')).toBe(2);
    expect(queue.activeKeys).toBe(1);

    gate.resolve();
    await Promise.all([first, second]);
    await new Promise((resolve) => setImmediate(resolve));

    expect(queue.pendingFor('conversation-a')).toBe(0);
    expect(queue.activeKeys).toBe(0);
  });

  it('still serialises a key that was forgotten and then used again', async () => {
    const queue = new ConversationTurnQueue();
    await queue.run('conversation-a', async () => undefined);
    await new Promise((resolve) => setImmediate(resolve));

    const events: string[] = [];
    const gate = deferred();
    const first = queue.run('conversation-a', async () => {
      await gate.promise;
      events.push('first');
    });
    const second = queue.run('conversation-a', async () => {
      events.push('second');
    });
    gate.resolve();
    await Promise.all([first, second]);
    expect(events).toEqual(['first', 'second']);
  });
});
