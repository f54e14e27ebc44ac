import { InMemoryActivityLedger } from '../../src/adapters/in-memory-activity-ledger';
import { systemClock } from '../../src/adapters/system-clock';

describe('InMemoryActivityLedger', () => {
  test('a redelivered activity is answered with the replies its first delivery got', async () => {
    const ledger = new InMemoryActivityLedger(systemClock);
    expect(await ledger.claim('a1')).toEqual({ kind: 'first' });
    expect(await ledger.claim('a1')).toEqual({ kind: 'seen', replies: null });
    await ledger.complete('a1', [{ type: 'message', text: 'Your order is on its way' }]);
    expect(await ledger.claim('a1')).toEqual({ kind: 'seen', replies: [{ type: 'message', text: 'Your order is on its way' }] });
    await ledger.release('a1');
    expect(await ledger.claim('a1')).toEqual({ kind: 'first' });
  });

  test('a busy hour of turns keeps the newest activities only, within the entry and size caps', async () => {
    const ledger = new InMemoryActivityLedger(systemClock, 30 * 60 * 1000, { maxEntries: 500, maxChars: 256 * 1024 });
    const card = { type: 'message', attachments: [{ content: 'c'.repeat(2_000) }] };
    for (let i = 0; i < 5_000; i += 1) {
      await ledger.claim(`turn-${i}`);
      await ledger.complete(`turn-${i}`, [card]);
    }
    // 5,000 turns of 2 KB replies: at most 256 KB of them are kept, and the newest is still answered from the ledger.
    expect(ledger.size).toBeLessThanOrEqual(128);
    expect(await ledger.claim('turn-4999')).toEqual({ kind: 'seen', replies: [card] });
    expect(await ledger.claim('turn-0')).toEqual({ kind: 'first' });
  });
});
