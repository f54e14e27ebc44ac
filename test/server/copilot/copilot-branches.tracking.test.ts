import { actionIds, copilotChat, done, expectAnsweredWithTheCase, guidance, useCopilotServer, windowOf, written } from './copilot-chat';

const server = useCopilotServer();

/** The tracking and troubleshooting branches as an agent sees them in the panel, on the fixture orders (fixtures/README.md). */
describe('copilot branches: status and troubleshooting', () => {
  test('on time: tracking link and window; the checklist ticks only what the agent really sent', async () => {
    const chat = copilotChat(server(), 'on-time');
    const found = await chat.customer('where is my order? 4000123456 sam.nguyen@example.com');
    expect(found.step).toBe('explain_status');
    expect(found.order?.shipments[0]).toMatchObject({ trackingNumber: '36LB45032230', trackingUrl: expect.stringContaining('36LB45032230') });
    expect(found.suggestedReply).toContain('https://auspost.com.au/mypost/track/details/36LB45032230');
    expect(found.suggestedReply).toMatch(/should arrive between \w{3} \d+ \w{3} and \w{3} \d+ \w{3}/);
    expect(found.actions).toEqual([]);
    expect([done(found, 'provide_tracking'), done(found, 'explain_status')]).toEqual([false, false]);

    const chatter = await chat.agent('Thanks Sam, let me have a look for you.');
    expect(done(chatter, 'explain_status')).toBe(false);
    const sent = await chat.agent(found.suggestedReply);
    expect([done(sent, 'provide_tracking'), done(sent, 'explain_status')]).toEqual([true, true]);
  }, 30_000);

  test('the agent\'s own words with the window tick "explain the status"; words about something else do not', async () => {
    const chat = copilotChat(server(), 'own-words');
    const found = await chat.customer('4000123456 sam.nguyen@example.com');
    const window = windowOf(found);
    expect(done(await chat.agent('Your tracking number is 36LB45032230.'), 'explain_status')).toBe(false);
    expect(done(await chat.agent(`It's with Australia Post and should be with you by ${written(window.to)}.`), 'explain_status')).toBe(true);
  }, 30_000);

  test('no tracking yet: the 24-48 hour guidance, nothing to escalate', async () => {
    const chat = copilotChat(server(), 'no-tracking');
    await chat.customer('4000123457 olivia.brown@example.com');
    const answer = await chat.customer('there is no tracking number yet');
    expect(answer.suggestedReply).toMatch(/24 to 48 hours/);
    expect(guidance(answer)).toMatch(/24-48 hours/);
    expect(answer.actions).toEqual([]);
  }, 30_000);

  test('tracking not updating: last scan, still inside the window, the honest wait', async () => {
    const chat = copilotChat(server(), 'not-updating');
    await chat.customer('4000123458 liam.oconnor@example.com');
    const answer = await chat.customer("the tracking hasn't moved in days");
    expect(answer.suggestedReply).toMatch(/hasn't had a tracking update for \d+ days/);
    expect(answer.suggestedReply).toMatch(/still due between/);
    expect(answer.suggestedReply).toContain('Team Global Express');
    expect(done(answer, 'troubleshoot')).toBe(true);
    expect(answer.actions).toEqual([]);
  }, 30_000);

  test('carrier alert: the window includes the delay, never "on track", no refund for a parcel that is not late', async () => {
    const chat = copilotChat(server(), 'alert');
    const found = await chat.customer('4000123475 amelia.hall@example.com');
    expect(found.suggestedReply).toMatch(/allowing for the carrier's delay/);
    expect(found.suggestedReply).toMatch(/Flooding in North Queensland/);
    expect(guidance(found)).toMatch(/Carrier alert in force: "Flooding in North Queensland"[^\n]*don't promise a date/);
    const late = await chat.customer('my parcel is late');
    expect(late.suggestedReply).not.toMatch(/on track/i);
    expect(late.suggestedReply).toMatch(/may take a little longer/);
    expect(late.actions).toEqual([]);
    expect((await chat.act('request_refund_or_alternative')).status).toBe(409);
  }, 30_000);

  test('delayed: the remedy is offered, and the request action appears only once the customer has chosen; idempotent', async () => {
    const chat = copilotChat(server(), 'delayed');
    const found = await chat.customer('4000123459 charlotte.wilson@example.com');
    expect(found.suggestedReply).toMatch(/running late[\s\S]*refund, a return or an alternative/);
    expect(guidance(found)).toMatch(/Past its delivery window/);
    expect(found.actions).toEqual([]);
    expect((await chat.act('request_refund_or_alternative')).status).toBe(409);
    await chat.customer('yes');
    const chosen = await chat.customer('a refund please');
    expect(chosen.suggestedReply).toMatch(/arrange a refund[\s\S]*Shall I go ahead\?/);
    expect(actionIds(chosen)).toEqual(['request_refund_or_alternative']);

    const first = await chat.act('request_refund_or_alternative', 'Customer prefers a refund to the card');
    const reference = first.answer?.result.caseReference ?? '';
    expect(reference).toMatch(/^RA-/);
    expect(first.answer?.suggestion.suggestedReply).toContain(`I've asked for a refund. Your reference is ${reference}`);
    expect(guidance(first.answer?.suggestion ?? chosen)).not.toMatch(/Past its delivery window/);
    expect((await chat.act('request_refund_or_alternative')).answer?.result.caseReference).toBe(reference);

    expectAnsweredWithTheCase(await chat.customer('my parcel is late'), reference);
  }, 30_000);

  test('wrong address on the road: asks for the new address, reads it back, the redirect action logs it with the address', async () => {
    const chat = copilotChat(server(), 'redirect');
    await chat.customer('4000123479 priya.sharma@example.com');
    const asked = await chat.customer('I typed the wrong address');
    expect(asked.step).toBe('troubleshoot');
    expect(asked.suggestedReply).toMatch(/redirect it\. What's the new address\?/);
    expect(guidance(asked)).toMatch(/read it back, and log it only once the customer confirms/);
    expect(asked.actions).toEqual([]);
    const readBack = await chat.customer('9 Flushcombe Rd Blacktown NSW 2148');
    expect(readBack.suggestedReply).toMatch(/redirect your parcel to 9 Flushcombe Rd Blacktown NSW 2148\?/);
    expect(actionIds(readBack)).toEqual(['request_carrier_redirect.S1']);
    const logged = await chat.act('request_carrier_redirect.S1');
    expect(logged.answer?.result.caseReference).toMatch(/^CR-/);
    expect(logged.answer?.suggestion.suggestedReply).toMatch(/redirect your parcel from Kmart to 9 Flushcombe Rd Blacktown NSW 2148/);
    expect(logged.answer?.suggestion.cases).toEqual([expect.objectContaining({ kind: 'carrier_redirect', shipmentId: 'S1' })]);
  }, 30_000);

  test('wrong address before dispatch: the address change is offered once read back; the customer confirming logs it', async () => {
    const chat = copilotChat(server(), 'address-change');
    await chat.customer('4000123464 isla.thompson@example.com');
    await chat.customer('I put the wrong address');
    const readBack = await chat.customer('14 Riley St, Surry Hills NSW 2010');
    expect(actionIds(readBack)).toEqual(['request_address_change']);
    const confirmed = await chat.customer('yes');
    expect(confirmed.suggestedReply).toMatch(/update the delivery address to 14 Riley St, Surry Hills NSW 2010[\s\S]*reference is AC-/);
    expect(confirmed.actions).toEqual([]);
    expect(confirmed.cases.map((c) => c.kind)).toEqual(['address_change']);
  }, 30_000);
});
