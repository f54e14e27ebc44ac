import { checkIncomingActivity } from '../../src/server/incoming-activity-schema';

const valid = { type: 'message', conversation: { id: 'c1' }, serviceUrl: 'http://127.0.0.1:9', text: 'hi', extra: { kept: true } };

describe('checkIncomingActivity', () => {
  it('accepts a minimal activity and keeps every field it does not know', () => {
    expect(checkIncomingActivity(valid)).toEqual({ ok: true, activity: valid });
  });

  it('names every problem in one reason', () => {
    expect(checkIncomingActivity({ text: 'hi' })).toEqual({
      ok: false,
      reason: 'Invalid activity: type: is required; conversation: is required; serviceUrl: is required',
    });
  });

  it.each([null, 42, 'message', [valid]])('refuses a body that is not an object: %p', (body) => {
    expect(checkIncomingActivity(body)).toEqual({ ok: false, reason: expect.stringMatching(/must be a JSON object/) });
  });

  it('refuses an activity type Bot Framework does not define', () => {
    expect(checkIncomingActivity({ ...valid, type: 'Message' })).toEqual({
      ok: false,
      reason: 'Invalid activity: type: unknown activity type "Message"',
    });
  });
});

describe('checkIncomingActivity: the fields the bot reads', () => {
  it('accepts a null text (some channels send it for an empty message) and accounts as objects', () => {
    const activity = { ...valid, text: null, from: { id: 'u1' }, recipient: { id: 'b1' }, membersAdded: [{ id: 'u1' }] };
    expect(checkIncomingActivity(activity)).toEqual({ ok: true, activity });
  });

  it('refuses wrongly typed ones, naming each', () => {
    expect(checkIncomingActivity({ ...valid, text: 7, from: 'u1', membersAdded: 'u1' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/text: must be a string.*from: must be an object.*membersAdded: must be an array/),
    });
  });
});
