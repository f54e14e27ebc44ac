interface Lane {
  tail: Promise<void>;
  pending: number;
}

/**
 * Runs tasks one after another per key (a conversation), and tasks of different keys concurrently.
 * A conversation's state is read at the start of a turn and written at its end, so two turns of
 * one conversation running interleaved would overwrite each other's changes.
 */
export class ConversationTurnQueue {
  private readonly lanes = new Map<string, Lane>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const lane = this.lanes.get(key) ?? { tail: Promise.resolve(), pending: 0 };
    this.lanes.set(key, lane);
    lane.pending += 1;

    const result = lane.tail.then(task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    lane.tail = settled.then(() => {
      lane.pending -= 1;
      if (lane.pending === 0 && this.lanes.get(key) === lane) this.lanes.delete(key);
    });
    return result;
  }

  /** Tasks waiting or running for this key. */
  pendingFor(key: string): number {
    return this.lanes.get(key)?.pending ?? 0;
  }

  /** Keys with work waiting or running; idle keys are forgotten so the map does not grow forever. */
  get activeKeys(): number {
    return this.lanes.size;
  }
}
