import { handoffStateOf } from '../../src/bot/handoff-status';

describe('the state of a handoff.status event', () => {
  it('is the desk’s state word', () => {
    expect(handoffStateOf({ state: 'accepted', note: 'Priya on 0491 573 770' })).toBe('accepted');
  });

  it.each([[undefined], ['completed'], [{ state: 'done by priya.sharma@example.com' }], [{ state: 42 }]])('is "unknown" for %p', (value) => {
    expect(handoffStateOf(value)).toBe('unknown');
  });
});
