import { InMemoryActivityLedger } from '../../src/adapters/in-memory-activity-ledger';
import { InMemoryCaseStore } from '../../src/adapters/in-memory-case-store';
import { InMemoryConversationStore } from '../../src/adapters/in-memory-conversation-store';
import { InMemoryCopilotSessionStore } from '../../src/adapters/in-memory-copilot-session-store';
import { systemClock } from '../../src/adapters/system-clock';

/**
 * Whether `call` answers only after an event-loop turn already queued when it
 * was made has run, as a networked store's answer does (and not within the
 * same turn, as a plain Map would).
 */
async function answersInALaterTurn(call: () => Promise<unknown>): Promise<boolean> {
  let loopTurned = false;
  setImmediate(() => {
    loopTurned = true;
  });
  await call();
  return loopTurned;
}

describe('in-memory adapters answer in a later turn of the event loop, as Redis and PostgreSQL do', () => {
  test('the conversation store', async () => {
    const store = new InMemoryConversationStore(systemClock);
    expect(await answersInALaterTurn(() => store.save('c1', { envelope: {}, transcript: [] }, 0))).toBe(true);
    expect(await answersInALaterTurn(() => store.load('c1'))).toBe(true);
  });

  test('the redelivery ledger', async () => {
    const ledger = new InMemoryActivityLedger(systemClock);
    expect(await answersInALaterTurn(() => ledger.claim('a1'))).toBe(true);
    expect(await answersInALaterTurn(() => ledger.complete('a1', []))).toBe(true);
    expect(await answersInALaterTurn(() => ledger.release('a1'))).toBe(true);
  });

  test('the case store and the copilot sessions', async () => {
    const cases = new InMemoryCaseStore(systemClock);
    expect(await answersInALaterTurn(() => cases.casesForOrder('4000123456'))).toBe(true);
    expect(await answersInALaterTurn(() => cases.notesOf('MP-NONE'))).toBe(true);
    const sessions = new InMemoryCopilotSessionStore(systemClock);
    expect(await answersInALaterTurn(() => sessions.save('s1', { step: 'x' }, 60))).toBe(true);
    expect(await answersInALaterTurn(() => sessions.load('s1'))).toBe(true);
  });
});
