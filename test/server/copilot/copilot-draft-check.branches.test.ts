import { copilotChat, useCopilotServer, windowOf, written } from './copilot-chat';

const server = useCopilotServer();

const daysBefore = (day: string, days: number) => new Date(new Date(`${day}T00:00:00Z`).getTime() - days * 86_400_000).toISOString().slice(0, 10);

/** The draft check against each branch's order: what passes and what is flagged there. */
describe('draft check per branch', () => {
  test('carrier alert: a day inside the window (which includes the delay) passes; the day it would have been without the alert is flagged', async () => {
    const chat = copilotChat(server(), 'draft-alert');
    const found = await chat.customer('4000123475 amelia.hall@example.com');
    const window = windowOf(found);
    expect(await chat.check(`It should be with you by ${written(window.to)}.`)).toEqual([]);
    expect(await chat.check(`It will arrive on ${written(daysBefore(window.from, 3))}.`)).toEqual(['warn:date_outside_window']);
    const answer = await server().call('POST', '/api/copilot/sessions/draft-alert/draft-check', { text: `It will arrive on ${written(daysBefore(window.from, 3))}.` });
    expect(JSON.stringify(answer.body)).toMatch(/already allows for the carrier's service alert/);
  }, 30_000);

  test('delayed: the missed window is history, not a promise; a new date is flagged as a promise for a late parcel', async () => {
    const chat = copilotChat(server(), 'draft-delayed');
    const found = await chat.customer('4000123459 charlotte.wilson@example.com');
    const window = windowOf(found);
    expect(await chat.check(`I'm sorry, it was due by ${written(window.to)} and it's running late.`)).toEqual([]);
    expect(await chat.check('It will be with you on Friday.')).toEqual(['warn:date_outside_window']);
    const answer = await server().call('POST', '/api/copilot/sessions/draft-delayed/draft-check', { text: 'It will be with you on Friday.' });
    expect(JSON.stringify(answer.body)).toMatch(/already past its delivery window/);
  }, 30_000);

  test('Click & Collect: "collected" for an order waiting at the store is flagged; for a collected one, its collection day passes', async () => {
    const waiting = copilotChat(server(), 'draft-cc-ready');
    await waiting.customer('4000123466 grace.lee@example.com');
    expect(await waiting.check("It's ready to collect from Kmart Chermside.")).toEqual([]);
    expect(await waiting.check('Your order has been collected.')).toEqual(['warn:status_not_delivered']);

    const collected = copilotChat(server(), 'draft-cc-collected');
    const found = await collected.customer('4000123468 chloe.king@example.com');
    expect(found.suggestedReply).toMatch(/collected from Kmart Marion, Oaklands Park on (\w{3} \d+ \w{3})/);
    const day = /on (\w{3} \d+ \w{3})/.exec(found.suggestedReply)?.[1] ?? '';
    expect(await collected.check(`It was collected on ${day}.`)).toEqual([]);
    expect(await collected.check("It's on its way and will be there Friday.")).toEqual(['warn:status_already_delivered', 'warn:date_for_delivered_parcel']);
  }, 30_000);

  test('a refund promised: flagged without a case and with only an investigation; passes once a refund request is open', async () => {
    const missing = copilotChat(server(), 'draft-refund-mp');
    await missing.customer('4000123462 noah.williams@example.com');
    await missing.customer("it says delivered but it isn't here");
    expect(await missing.check('Your refund has been approved.')).toEqual(['warn:refund_without_case']);
    expect((await missing.act('open_missing_parcel_investigation')).status).toBe(200);
    expect(await missing.check("If Australia Post can't find it, we'll refund or replace it.")).toEqual([]);
    expect(await missing.check('Your refund has been approved.')).toEqual(['warn:refund_without_case']);

    const late = copilotChat(server(), 'draft-refund-ra');
    await late.customer('4000123459 charlotte.wilson@example.com');
    await late.customer('yes');
    await late.customer('a refund please');
    expect(await late.check("I've arranged your refund, it's been processed.")).toEqual(['warn:refund_without_case']);
    expect((await late.act('request_refund_or_alternative')).status).toBe(200);
    expect(await late.check("I've arranged your refund, it's been processed.")).toEqual([]);
  }, 30_000);
});
