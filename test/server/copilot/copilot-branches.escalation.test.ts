import { actionIds, copilotChat, done, expectAnsweredWithTheCase, guidance, useCopilotServer } from './copilot-chat';

const server = useCopilotServer();

/** The escalation branches, verification and a person asked for, as an agent sees them in the panel. */
describe('copilot branches: escalation, verification and a person', () => {
  test('Marketplace: the warning, the ticket action; once open, the machine answers with that ticket', async () => {
    const chat = copilotChat(server(), 'marketplace');
    const found = await chat.customer('4000123471 zoe.campbell@example.com');
    expect(found.suggestedReply).toMatch(/Bondi Home Co is a Marketplace seller/);
    expect(guidance(found)).toMatch(/Marketplace seller \(Bondi Home Co\): our timeframes and carriers don't apply\. Open a Marketplace support ticket/);
    expect(actionIds(found)).toEqual(['open_marketplace_ticket']);
    const opened = await chat.act('open_marketplace_ticket', 'Customer wants a delivery date from the seller');
    const reference = opened.answer?.result.caseReference ?? '';
    expect(reference).toMatch(/^MK-/);
    expect(opened.answer?.suggestion.actions).toEqual([]);
    expectAnsweredWithTheCase(await chat.customer('I have a question about the marketplace seller'), reference);
  }, 30_000);

  test('Click & Collect: who may collect and what to bring; the store check action', async () => {
    const chat = copilotChat(server(), 'collect');
    const found = await chat.customer('4000123466 grace.lee@example.com');
    expect(found.suggestedReply).toMatch(/ready to collect from Kmart Chermside[\s\S]*photo ID/);
    expect(guidance(found)).toMatch(/Click & Collect: if the order is not at the store[^\n]*store check action/);
    expect(actionIds(found)).toEqual(['request_store_check']);
    const who = await chat.customer('can my husband pick it up? what do I need to bring');
    // Answered from her order: who may collect and what to bring, with until when Kmart Chermside holds it.
    expect(who.suggestedReply).toMatch(/Someone else can collect it for you if they bring your order number and their own photo ID/);
    expect(who.suggestedReply).toMatch(/you have until \w{3} \d{1,2} \w{3} to collect it/);
    const checked = await chat.act('request_store_check');
    expect(checked.answer?.result.caseReference).toMatch(/^SC-/);
    expect(checked.answer?.suggestion.suggestedReply).toMatch(/Kmart Chermside/);
    expect(done(checked.answer?.suggestion ?? who, 'escalate')).toBe(true);
  }, 30_000);

  test('a partly cancelled order: the agent is told the cancelled parcel is refunded automatically, not to log a refund', async () => {
    const chat = copilotChat(server(), 'partly-cancelled');
    const found = await chat.customer('4000123479 priya.sharma@example.com');
    expect(guidance(found)).toMatch(/cancelled parcel will not be sent; it is refunded automatically to the payment method used/);
    expect(guidance(found)).not.toMatch(/handled separately/);
  }, 30_000);

  test('a mixed order of three sellers: every parcel, the StarTrack alert, a ticket for the Marketplace parcel only', async () => {
    const chat = copilotChat(server(), 'mixed');
    const found = await chat.customer('4000123470 priya.sharma@example.com');
    expect(found.order?.shipments.map((s) => [s.seller.name, s.status])).toEqual([
      ['Kmart', 'delivered'],
      ['Target', 'shipped'],
      ['Little Wattle Toys', 'processing'],
    ]);
    expect(found.suggestedReply).toMatch(/3 parcels[\s\S]*Parcel 1 from Kmart[\s\S]*Parcel 2 from Target[\s\S]*Parcel 3 from Little Wattle Toys/);
    expect(guidance(found)).toMatch(/Carrier alert in force: "High parcel volumes/);
    expect(guidance(found)).toMatch(/Marketplace seller \(Little Wattle Toys\)/);
    expect(actionIds(found)).toEqual(['open_marketplace_ticket.S3']);
    expect(found.actions[0]?.label).toMatch(/parcel 3 from Little Wattle Toys/);
  }, 30_000);

  test('verification failures: nothing revealed, order null, then the lookups lock even for the right details', async () => {
    const chat = copilotChat(server(), 'failing');
    for (const wrong of ['4000123456 wrong@example.com', '4000123456 0499 999 999', '4000123456 nope@example.com']) {
      const answer = await chat.customer(wrong);
      expect(answer.order).toBeNull();
      expect(answer.actions).toEqual([]);
      expect(answer.cases).toEqual([]);
      expect(JSON.stringify(answer)).not.toMatch(/Sam|36LB45032230|Australia Post|auspost|Parramatta|Bath Towel/);
      expect(guidance(answer)).toMatch(/Verify before disclosing/);
    }
    const locked = await chat.customer('4000123456 sam.nguyen@example.com');
    expect(locked.order).toBeNull();
    expect(locked.step).toBe('escalate');
    expect(guidance(locked)).toMatch(/3 lookups failed/);
    expect(await chat.check('It is on its way with Australia Post.')).toEqual(['block:unverified_order_details']);
  }, 30_000);

  test('a customer asking for a person: the agent says they are that person, and carries on with the order', async () => {
    const chat = copilotChat(server(), 'person');
    await chat.customer('4000123456 sam.nguyen@example.com');
    const asked = await chat.customer('I want to talk to a real person');
    expect(asked.step).toBe('escalate');
    expect(asked.suggestedReply).toMatch(/^You're talking to a person, Sam/);
    expect(asked.suggestedReply).not.toMatch(/chat assistant|taking over/);
    expect(guidance(asked)).toMatch(/asked for a person: you are that person/);
    expect(asked.order?.orderNumber).toBe('4000123456');
    const next = await chat.customer('when will it arrive?');
    expect(next.suggestedReply).not.toMatch(/order number, and the email/);
    expect(next.suggestedReply).toMatch(/arrive between/);
  }, 30_000);
});
