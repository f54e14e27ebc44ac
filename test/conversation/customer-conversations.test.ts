import { renderForCustomer } from '../support/customer-copy';
import { type Understander } from '../../dialogs/understanding/customer-message-understander';
import { trainedUnderstander } from '../support/trained-understander';
import type { ButtonValue } from '../../state-machines/customer-buttons';
import type { Caller } from '../../src/conversation/customer-conversations';
import type { TurnOutcome } from '../../src/conversation/run-support-turn';
import type { MessageKey } from '../../state-machines/support-messages';
import {
  OutageOrderSource,
  customerConversations,
  procedureHarness,
  replyKeys,
  replyOf,
  type HarnessOptions,
} from '../support/procedure-harness';

/**
 * Conversations as a customer has them: typed text through the real (trained)
 * understander, the real fixture orders, the shared use case and its JSON
 * conversation store, and the customer copy the bot renders. Each check is on
 * what the procedure said (message keys) and on the words the customer reads.
 */

let understander: Understander;
beforeAll(async () => {
  understander = await trainedUnderstander();
}, 60_000);

/** "Tue 25 Nov" */
const DAY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
const REFERENCE = (prefix: string) => new RegExp(`${prefix}-[2-9A-HJ-NP-Z]{8}`);

interface Said {
  outcome: TurnOutcome;
  keys: MessageKey[];
  /** Every reply of the turn as the customer reads it. */
  text: string;
}

let conversationCount = 0;

function customer(options: HarnessOptions = {}, caller: Caller = {}) {
  const harness = procedureHarness(options);
  const { conversations, store } = customerConversations(harness, understander);
  conversationCount += 1;
  const id = `transcript-${conversationCount}`;
  const said = (outcome: TurnOutcome): Said => ({ outcome, keys: replyKeys(outcome), text: outcome.replies.map(renderForCustomer).join('\n\n') });
  return {
    harness,
    id,
    conversations,
    says: async (text: string) => said(await conversations.say(id, text, caller)),
    clicks: async (value: ButtonValue, label: string) => said(await conversations.click(id, value, label, caller)),
    /** The state the saved conversation will resume in. */
    state: async (): Promise<unknown> => {
      const envelope = (await store.load(id))?.envelope;
      if (envelope === null || typeof envelope !== 'object' || !('snapshot' in envelope)) return null;
      const { snapshot } = envelope;
      return snapshot !== null && typeof snapshot === 'object' && 'value' in snapshot ? snapshot.value : null;
    },
  };
}

describe('tracking an order', () => {
  test('a single parcel: asked for the details one at a time, then the status with its tracking link and dates', async () => {
    const sam = customer();
    const welcome = await sam.conversations.start(sam.id);
    expect(welcome && replyKeys(welcome)).toEqual(['welcome']);
    expect(await sam.conversations.start(sam.id)).toBeNull();

    const hi = await sam.says('Hi, where is my order?');
    expect(hi.keys).toEqual(['ask_for_details']);
    expect(hi.text).toMatch(/order number.*email or phone number/);

    const number = await sam.says('4000123456');
    expect(number.keys).toEqual(['ask_for_details']);
    expect(number.text).toMatch(/email or phone number you used at checkout/);
    expect(number.text).not.toMatch(/What's your order number/);

    const status = await sam.says('sam.nguyen@example.com');
    expect(status.keys).toEqual(['order_status']);
    expect(status.text).toMatch(/^Hi Sam! Here's the latest on order 4000123456\./);
    expect(status.text).toMatch(/on its way with Australia Post/);
    expect(status.text).toContain('(https://auspost.com.au/mypost/track/details/36LB45032230)');
    expect(status.text).toMatch(new RegExp(`should arrive between ${DAY} and ${DAY}`));
    expect(status.outcome.offers).toContainEqual({ kind: 'topic', topic: 'talk_to_person' });

    const bye = await sam.says("that's all thanks");
    expect(bye.keys).toEqual(['goodbye']);
    expect(bye.text).toMatch(/^Thanks, Sam!/);
  });

  test('a mixed order lists each parcel, with the Marketplace seller\'s own timeline', async () => {
    const priya = customer();
    const status = await priya.says('order 4000123470 priya.sharma@example.com');
    expect(status.keys).toEqual(['order_status']);
    expect(status.text).toMatch(/comes in 3 parcels/);
    expect(status.text).toMatch(/Parcel 1 from Kmart .*: delivered/);
    expect(status.text).toMatch(/Parcel 2 from Target .*: on its way — StarTrack/);
    expect(status.text).toContain('https://startrack.com.au/track/details/');
    expect(status.text).toMatch(/Parcel 3 from Little Wattle Toys .*Little Wattle Toys is a Marketplace seller: this item is sold and sent by them/);
  });

  test('all the details in one message, in any order, in the way people type them', async () => {
    for (const text of [
      'order 4000 123 456, sam.nguyen@example.com, where is it?',
      'sam.nguyen@example.com 4000123456',
      'order #4000-123-456 my number is 0412 345 678',
    ]) {
      const said = await customer().says(text);
      expect([text, said.keys]).toEqual([text, ['order_status']]);
    }
  });

  test('what a status means, and a Click & Collect question', async () => {
    const ethan = customer();
    await ethan.says('4000123465 ethan.white@example.com');
    const meaning = await ethan.says('what does picking mean');
    expect(meaning.keys).toEqual(['status_meanings']);
    expect(meaning.text).toMatch(/\*\*Being packed\*\*: Our store or warehouse team is picking and packing your items/);

    const grace = customer();
    await grace.says('4000123466 grace.lee@example.com');
    const collect = await grace.says('when can I pick up my click and collect');
    expect(collect.keys).toEqual(['click_and_collect_info']);
    expect(collect.text).toMatch(/ready now, and has been waiting for you for 5 days/);
    expect(collect.text).toMatch(/photo ID/);
  });

  test('another order: asked for its number and the details used for it', async () => {
    const sam = customer();
    await sam.says('4000123456 sam.nguyen@example.com');
    const another = await sam.says('can you check another order');
    expect(another.keys).toEqual(['ask_for_details']);
    expect(another.text).toMatch(/What's your order number, and the email or phone/);
    const second = await sam.says('4000123476 sam.nguyen@example.com');
    expect(second.keys).toEqual(['order_status']);
    expect(second.text).toMatch(/order 4000123476/);
    expect(second.text).toMatch(/StarTrack/);
  });
});

describe('a parcel that says delivered but is not there', () => {
  test('problem first, details second: straight into tips; "no" opens an investigation; saying it again gives that case\'s reference and timeline', async () => {
    const noah = customer();
    const problem = await noah.says("It says delivered but I don't have it");
    expect(problem.keys).toEqual(['ask_for_details']);
    expect(problem.text).toMatch(/^Sorry to hear it says delivered/);

    const tips = await noah.says('4000123462 noah.williams@example.com');
    expect(tips.keys).toEqual(['missing_parcel_tips']);
    expect(tips.text).toMatch(/marked as delivered/);
    expect(tips.text).toMatch(/neighbours/);
    expect(tips.text).toMatch(/Did you find it\? If it's still missing, I'll open a missing-parcel investigation with Australia Post: we'll ask for proof of delivery/);
    expect(tips.outcome.offers).toEqual([{ kind: 'yes_no', question: 'found_parcel' }]);

    const opened = await noah.says("no, it's not there");
    expect(opened.keys).toEqual(['investigation_opened']);
    expect(opened.text).toMatch(REFERENCE('MP'));
    expect(opened.text).toMatch(/within 2 business days/);
    const reference = replyOf(opened.outcome, 'investigation_opened').data.supportCase.reference;

    // Agreeing to it once more ("ok yep open it") is told it is already under way: no second case, no store hours for "open".
    const agreed = await noah.says('ok yep open it');
    expect(agreed.keys).toEqual(['case_timeline']);
    expect(agreed.text).toContain(`is open, reference **${reference}**`);

    // "how long does that usually take?" right after it opened is about the investigation, not delivery times.
    const howLong = await noah.says('how long does that usually take?');
    expect(howLong.keys).toEqual(['case_timeline']);
    expect(howLong.text).toMatch(/within 2 business days/);

    const again = await noah.says("It says delivered but I don't have it");
    expect(again.keys).toEqual(['case_timeline']);
    expect(again.text).toContain(reference);
    expect(await noah.harness.caseStore.casesForOrder('4000123462')).toHaveLength(1);
  });

  test('"yes, found it" opens nothing', async () => {
    const noah = customer();
    await noah.says("It says delivered but I don't have it");
    await noah.says('4000123462 noah.williams@example.com');
    const found = await noah.says('yes found it');
    expect(found.keys).toEqual(['glad_found']);
    expect(await noah.harness.caseStore.casesForOrder('4000123462')).toEqual([]);
  });

  test('Click & Collect: the store is asked to check', async () => {
    const chloe = customer();
    await chloe.says('it says collected but I never got it');
    const check = await chloe.says('4000123468 chloe.king@example.com');
    expect(check.keys).toEqual(['store_check_requested']);
    expect(check.text).toMatch(/asked the team at Kmart Marion/);
    expect(check.text).toMatch(REFERENCE('SC'));
  });
});

describe('branches that open a request', () => {
  test('a Marketplace question opens a ticket with the seller', async () => {
    const zoe = customer();
    const status = await zoe.says('4000123471 zoe.campbell@example.com');
    expect(status.text).toMatch(/Bondi Home Co is a Marketplace seller/);
    const offer = await zoe.says('I have a question about the marketplace seller');
    expect(offer.keys).toEqual(['marketplace_explained', 'offer_marketplace_ticket']);
    expect(offer.text).not.toMatch(REFERENCE('MK'));
    const ticket = await zoe.says('yes please, get them to contact me');
    expect(ticket.keys).toEqual(['marketplace_ticket_opened']);
    expect(ticket.text).toMatch(/Marketplace support ticket, and Bondi Home Co has been contacted through it/);
    expect(ticket.text).toMatch(REFERENCE('MK'));
  });

  test('wrong address, not sent yet: the new address is asked for, read back, and changed once confirmed', async () => {
    const isla = customer();
    await isla.says('I put the wrong address');
    const ask = await isla.says('4000123464 isla.thompson@example.com');
    expect(ask.keys).toEqual(['ask_new_address']);
    expect(ask.text).toMatch(/hasn't been sent yet/);
    const readBack = await isla.says('should be 18 Foveaux St Surry Hills NSW 2010');
    expect(readBack.keys).toEqual(['confirm_address']);
    expect(readBack.text).toMatch(/18 Foveaux St Surry Hills NSW 2010/);
    const change = await isla.says('yep thats it');
    expect(change.keys).toEqual(['address_change_requested']);
    expect(change.text).toMatch(REFERENCE('AC'));
  });

  test('wrong address, in transit: the carrier is asked to redirect it to the confirmed address', async () => {
    const sam = customer();
    await sam.says('4000123456 sam.nguyen@example.com');
    const ask = await sam.says('I want to change my delivery address');
    expect(ask.text).toMatch(/already on its way with Australia Post, so I'd ask Australia Post to redirect it/);
    await sam.says('3/40 George St Parramatta NSW 2150');
    const redirect = await sam.says('yes go for it');
    expect(redirect.keys).toEqual(['carrier_redirect_requested']);
    expect(redirect.text).toMatch(/asked Australia Post to redirect your parcel from Kmart to 3\/40 George St Parramatta NSW 2150/);
    expect(redirect.text).toMatch(REFERENCE('CR'));
  });

  test('a question about shipping never logs an address change', async () => {
    const isla = customer();
    const asked = await isla.says('4000123464 isla.thompson@example.com when will it ship?');
    expect(asked.keys).not.toContain('ask_new_address');
    expect(asked.text).not.toMatch(REFERENCE('AC'));
  });

  test('wrong address, delivered: on to the missing-parcel steps', async () => {
    const noah = customer();
    await noah.says('4000123462 noah.williams@example.com');
    const late = await noah.says('I put the wrong address');
    expect(late.keys).toEqual(['address_after_delivery', 'missing_parcel_tips']);
    expect(late.text).toMatch(/too late to change the address/);
  });

  test('a late parcel: said so with its due dates, a remedy offered, "yes" logs it', async () => {
    const charlotte = customer();
    await charlotte.says('my order is late');
    const late = await charlotte.says('4000123459 charlotte.wilson@example.com');
    expect(late.keys).toEqual(['parcel_delayed', 'offer_remedy']);
    expect(late.text).toMatch(new RegExp(`running late\\. It was due (?:on ${DAY}|between ${DAY} and ${DAY})`));
    expect(late.text).toMatch(/refund, a return or an alternative/);
    const which = await charlotte.says('yes please');
    expect(which.keys).toEqual(['choose_remedy']);
    const confirm = await charlotte.says('a refund');
    expect(confirm.keys).toEqual(['confirm_remedy']);
    expect(confirm.text).not.toMatch(REFERENCE('RA'));
    const yes = await charlotte.says('yes go ahead');
    expect(yes.keys).toEqual(['remedy_requested']);
    expect(yes.text).toMatch(REFERENCE('RA'));
  });

  test('a carrier alert where the parcel is going is passed on', async () => {
    const amelia = customer();
    await amelia.says('4000123475 amelia.hall@example.com');
    const late = await amelia.says('my parcel is late');
    expect(late.keys).toEqual(['carrier_alerts', 'on_track']);
    expect(late.text).toMatch(/Flooding in North Queensland \(about 3 extra business days\)/);
    expect(late.text).not.toMatch(/on track|nothing to worry/);
  });

  test('a disruption asked about with the details is answered for that order after its card; asked later, for its carrier and state', async () => {
    const sam = customer();
    const floods = await sam.says('will the queensland floods affect my order? 4000123456 sam.nguyen@example.com');
    expect(floods.keys).toEqual(['order_status', 'carrier_disruptions']);
    expect(floods.text).toMatch(/No, there are no known delays: there are no service alerts in force for Australia Post in NSW/);
    const startrack = await sam.says('how many extra days will the startrack thing add?');
    expect(startrack.text).toMatch(/StarTrack: High parcel volumes[\s\S]*about 2 extra business days/);

    const amelia = customer();
    await amelia.says('4000123475 amelia.hall@example.com');
    const holdUp = await amelia.says('how much longer will the flooding hold it up?');
    expect(holdUp.keys).toEqual(['carrier_disruptions']);
    expect(holdUp.text).toMatch(/Flooding in North Queensland[\s\S]*about 3 extra business days/);
    expect(holdUp.text).not.toMatch(/Click & Collect/);
  });

  test('"what about aus post?" right after a disruptions answer asks the same for that carrier, in the state asked about before', async () => {
    const tassie = customer();
    const any = await tassie.says('any courier delays in tassie at the moment?');
    expect(any.text).toMatch(/StarTrack: High parcel volumes/);
    const auspost = await tassie.says('what about aus post?');
    expect(auspost.keys).toEqual(['carrier_disruptions', 'check_an_order']);
    expect(auspost.text).toMatch(/No, there are no known delays: there are no service alerts in force for Australia Post in TAS/);
    // Not a follow-up once the conversation has moved on.
    await tassie.says('what does in transit mean?');
    expect((await tassie.says('what about aus post?')).keys).not.toContain('carrier_disruptions');
  });

  test('disruptions asked about with no carrier, state or order: every alert in force, then an offer to check an order', async () => {
    const worried = customer();
    const heard = await worried.says("heard there's flooding up north, will that affect my parcel?");
    expect(heard.keys).toEqual(['carrier_disruptions', 'check_an_order']);
    expect(heard.text).toMatch(/Australia Post: Flooding in North Queensland/);
    expect(heard.text).toMatch(/StarTrack: High parcel volumes/);
    // Ended or not yet started alerts are not in force.
    expect(heard.text).not.toMatch(/Storm damage|Planned system upgrade/);
  });
});

describe('tracking questions', () => {
  test('tracking not updating', async () => {
    const liam = customer();
    await liam.says('4000123458 liam.oconnor@example.com');
    const stale = await liam.says("the tracking hasn't updated in days");
    expect(stale.keys).toEqual(['tracking_stale']);
    expect(stale.text).toMatch(/hasn't had a tracking update for 4 days/);
    expect(stale.text).toMatch(/between scans/);
  });

  test('no tracking yet', async () => {
    const olivia = customer();
    await olivia.says("I haven't got a tracking number");
    const none = await olivia.says('4000123457 olivia.brown@example.com');
    expect(none.keys).toEqual(['no_tracking_yet']);
    expect(none.text).toMatch(/24 to 48 hours after the shipping email/);
  });
});

describe('a person, goodbye and starting over', () => {
  test('asking for a person hands over with a summary of the verified order, what was tried and the open cases', async () => {
    const noah = customer();
    await noah.says("It says delivered but I don't have it");
    await noah.says('4000123462 noah.williams@example.com');
    await noah.says('no');
    const person = await noah.says('can I talk to a real person');
    expect(person.keys).toEqual(['handoff']);
    expect(person.text).toMatch(/bringing in a person from our team.*about order 4000123462/);
    const summary = person.outcome.handoff;
    expect(summary).toMatchObject({ reason: 'customer_asked', verified: true, orderNumber: '4000123462', problem: null });
    expect(summary?.shipments.map((s) => [s.shipmentId, s.status, s.carrier])).toEqual([['S1', 'delivered', 'Australia Post']]);
    expect(summary?.tried).toEqual(expect.arrayContaining(['missing_parcel_tips_given', 'missing_parcel_investigation_opened']));
    expect(summary?.openCases.map((c) => c.kind)).toEqual(['missing_parcel_investigation']);
    expect(await noah.state()).toBe('withAPerson');
  });

  test('"start over" in the middle of a branch starts fresh, and the next order works', async () => {
    const noah = customer();
    await noah.says('4000123462 noah.williams@example.com');
    await noah.says("It says delivered but I don't have it");
    expect(await noah.state()).toEqual({ missingParcel: 'tips' });
    const fresh = await noah.says('start over');
    expect(fresh.keys).toEqual(['restarted']);
    expect(fresh.text).toMatch(/start fresh/);
    expect(await noah.state()).toBe('collectingDetails');
    expect((await noah.says('4000123456 sam.nguyen@example.com')).keys).toEqual(['order_status']);
  });
});

describe('messages the bot cannot use', () => {
  test('off-topic, gibberish, empty, very long, emoji and another language: a short reply and the conversation stays put', async () => {
    const noah = customer();
    await noah.says('4000123462 noah.williams@example.com');
    await noah.says("It says delivered but I don't have it");
    const cases: Array<[string, MessageKey, RegExp]> = [
      ["what's the weather like today", 'off_topic', /only help with Kmart online orders/],
      ['asdkjh qwe zxcv', 'not_understood', /didn't get that/],
      ['', 'not_understood', /didn't catch anything/],
      ['I am writing about something. '.repeat(40), 'not_understood', /didn't get that/],
      ['I am writing about something. '.repeat(300), 'not_understood', /long message/],
      ['🙂🙂🙂', 'not_understood', /emoji/],
      ['¿Dónde está mi pedido?', 'not_understood', /only help in English/],
    ];
    for (const [text, key, words] of cases) {
      const said = await noah.says(text);
      expect([text.slice(0, 20), said.keys]).toEqual([text.slice(0, 20), [key]]);
      expect(said.text).toMatch(words);
      expect(said.text.length).toBeLessThan(250);
      expect(await noah.state()).toEqual({ missingParcel: 'tips' });
    }
    // Still answering the question it was asked.
    expect((await noah.says('no')).keys).toEqual(['investigation_opened']);
  });

  test('the third message in a row that is not understood offers a person', async () => {
    const someone = customer();
    await someone.says('asdkjh qwe zxcv');
    const second = await someone.says('qwpoeiru zmxncb');
    expect(second.text).not.toMatch(/put you through to a person/);
    const third = await someone.says('lkjhg poiuy');
    expect(third.text).toMatch(/put you through to a person/);
    expect(third.outcome.offers).toEqual([{ kind: 'topic', topic: 'talk_to_person' }]);
  });
});

describe('finding the order', () => {
  test('something that is not an order number is re-asked with help, without a lookup', async () => {
    const someone = customer();
    const help = await someone.says('my order number is 12345');
    expect(help.keys).toEqual(['order_number_help']);
    expect(help.text).toMatch(/“12345” doesn't look like an order number/);
    expect(help.text).toMatch(/order confirmation email/);
    expect(someone.harness.orders.findOrderCalls).toEqual([]);
  });

  test('details that do not match: the same words whichever detail was wrong', async () => {
    const wrongEmail = await customer().says('4000123456 wrong.person@example.com');
    const wrongPhone = await customer().says('4000123456 0491 570 999');
    const someoneElses = await customer().says('4000123456 noah.williams@example.com');
    expect(wrongEmail.keys).toEqual(['lookup_failed']);
    expect(wrongPhone.text).toBe(wrongEmail.text);
    expect(someoneElses.text).toBe(wrongEmail.text);
    expect(wrongEmail.text).not.toMatch(/(email|phone|order number)( address)? (is|was) (wrong|incorrect)/i);
    expect(wrongEmail.text).not.toMatch(/sam|wrong\.person/i);
  });

  test('an order that does not exist reads exactly like details that do not match: the bot is no oracle', async () => {
    const said = await customer().says('4000999999 sam.nguyen@example.com');
    const mismatch = await customer().says('4000123456 wrong.person@example.com');
    expect(said.keys).toEqual(['lookup_failed']);
    expect(said.text).toBe(mismatch.text);
    expect(said.text).not.toMatch(/4000999999|not found|doesn't exist/);
  });

  test('the order system being down is never "not found", and trying again works', async () => {
    const outage = new OutageOrderSource();
    const sam = customer({ orders: (fixtures) => outage.over(fixtures) });
    const down = await sam.says('4000123456 sam.nguyen@example.com');
    expect(down.keys).toEqual(['order_system_unavailable']);
    expect(down.text).toMatch(/isn't responding right now\. That's a problem on our side, not with your order/);
    expect(down.text).not.toMatch(/couldn't find|couldn't match/);
    outage.recover();
    const retry = await sam.says('yes');
    expect(retry.keys).toEqual(['order_status']);
  });

  test('after three failed attempts the order system is not asked again, even after starting over', async () => {
    const guesser = customer();
    await guesser.says('4000999991 sam.nguyen@example.com');
    const second = await guesser.says('4000999992 sam.nguyen@example.com');
    expect(second.text).toMatch(/one more try/);
    const third = await guesser.says('4000999993 sam.nguyen@example.com');
    expect(third.keys).toEqual(['too_many_attempts']);
    expect(guesser.harness.orders.findOrderCalls).toHaveLength(3);

    expect((await guesser.says('4000123456 sam.nguyen@example.com')).keys).toEqual(['too_many_attempts']);
    expect((await guesser.says('start over')).keys).toEqual(['too_many_attempts']);
    expect((await guesser.says('4000123456 sam.nguyen@example.com')).keys).toEqual(['too_many_attempts']);
    expect(guesser.harness.orders.findOrderCalls).toHaveLength(3);
  });

  test('a signed-in customer sees their recent orders and picks one without proving who they are', async () => {
    const sam = customer({}, { signedInCustomerId: 'CUST-100001' });
    const list = await sam.says('hi');
    expect(list.keys).toEqual(['recent_orders']);
    expect(list.text).toMatch(/Here are your recent orders/);
    expect(list.text).toMatch(/4000123456: placed/);
    expect(list.outcome.offers.map((o) => (o.kind === 'order' ? o.orderNumber : o.kind)).sort()).toEqual(['4000123456', '4000123476', '4000123478']);

    const picked = await sam.clicks({ orderNumber: '4000123476' }, '4000123476');
    expect(picked.keys).toEqual(['order_status']);
    expect(picked.text).toMatch(/order 4000123476/);
    expect(picked.outcome.context.verified).toBe(true);
    // Signed in with every turn, the list is not shown again.
    expect((await sam.says('what does shipped mean')).keys).toEqual(['status_meanings']);
    expect(sam.harness.orders.recentOrdersCalls).toEqual(['CUST-100001']);
  });

  test('"right, i\'ll wait in then" after the order is taken in, not misread; "where was it last scanned?" gets the latest scan', async () => {
    const ruby = customer();
    await ruby.says('4000123473 ruby.clarke@example.com');
    const ok = await ruby.says("right, i'll wait in then");
    expect(ok.keys).toEqual(['anything_else']);
    const fair = await ruby.says('fair enough');
    expect(fair.keys).toEqual(['anything_else']);
    const scanned = await ruby.says('actually where was it last scanned?');
    expect(scanned.keys).toEqual(['not_delivered_yet']);
    expect(scanned.text).toMatch(/latest update is from Port Hedland/);
  });

  test('a general question told with a problem, before any order, is answered as well as the problem noted', async () => {
    const asking = customer();
    const reply = await asking.says('how do i get my tracking number? never got a link or anything');
    expect(reply.keys).toEqual(['where_to_find_details', 'ask_for_details']);
    expect(reply.text).toMatch(/shipping confirmation email or SMS/);
    expect(reply.text).toMatch(/24 to 48 hours/);
  });

  test('one fact of the order asked about: the parcel named by its carrier or seller, its proof of delivery, where it is going', async () => {
    const priya = customer();
    await priya.says('order 4000123470 ph 0491573770, just wondering about my delivery');
    const signed = await priya.says('the aus post one - who signed for it?');
    expect(signed.keys).toEqual(['parcel_status']);
    expect(signed.text).toMatch(/Signed by P SHARMA/);
    const target = await priya.says('ok and the target parcel, whens that coming?');
    expect(target.keys).toEqual(['parcel_status']);
    expect(target.text).toMatch(/Target[\s\S]*should arrive between/);

    const olivia = customer();
    await olivia.says('4000123457 olivia.brown@example.com');
    const where = await olivia.says('which address is it going to again');
    expect(where.keys).toEqual(['delivery_destination']);
    expect(where.text).toMatch(/It's going to Richmond VIC/);
    expect(await olivia.harness.caseStore.casesForOrder('4000123457')).toEqual([]);
  });

  test('how long delivery takes, asked with the details, is answered for that order after its card; a Marketplace order keeps the seller\'s timeframe', async () => {
    const sam = customer();
    const asked = await sam.says('4000123456 sam.nguyen@example.com how many days does standard delivery to parramatta take?');
    expect(asked.keys).toEqual(['order_status', 'delivery_timeframes']);
    expect(asked.text).toMatch(/metro areas, standard delivery takes 3 to 5 business days/);

    const zoe = customer();
    await zoe.says('4000123471 zoe.campbell@example.com');
    const howLong = await zoe.says('how long should it take to ballarat?');
    expect(howLong.keys).toEqual(['marketplace_explained']);
    expect(howLong.text).not.toMatch(/7 to 10 business days/);
  });

  test('a question the models cannot place is answered from the order; a question about the proof during the tips keeps the question open', async () => {
    const ava = customer();
    await ava.says('4000123463 ava.martin@example.com');
    const today = await ava.says("I'm heading out later this arvo, will it still be delivered today?");
    expect(today.keys).toEqual(['order_status']);
    expect(today.text).toMatch(/out for delivery with Aramex today/);

    const jack = customer();
    await jack.says("it says delivered but it's not here, order 4000123460 jack.taylor@example.com");
    const proof = await jack.says('where did they leave it? is there a photo?');
    expect(proof.keys).toEqual(['order_status']);
    expect(proof.text).toMatch(/photo[\s\S]*front door, under the porch/);
    expect(proof.outcome.offers).toEqual([{ kind: 'yes_no', question: 'found_parcel' }]);
    expect(await jack.harness.caseStore.casesForOrder('4000123460')).toEqual([]);

    const priya = customer();
    await priya.says('4000123470 priya.sharma@example.com');
    expect((await priya.says('the one from Little Wattle')).text).toMatch(/Wooden Rainbow Stacker/);
  });

  test('"the aus post one", then "and the other one?": the second of two parcels, not another order', async () => {
    const priya = customer();
    await priya.says('order 4000123479 priya.sharma@example.com');
    const auspost = await priya.says('the aus post one');
    expect(auspost.text).toMatch(/Anko Laundry Basket/);
    const other = await priya.says('and the other one?');
    expect(other.keys).toEqual(['parcel_status']);
    expect(other.text).toMatch(/Robot Vacuum[\s\S]*cancelled/);
    expect(other.keys).not.toContain('ask_for_details');
  });

  test('a question after a goodbye in the same message is answered from the order, not closed ("sweet, which store was it again")', async () => {
    const lucas = customer();
    await lucas.says('4000123467 lucas.walker@example.com ready yet?');
    const store = await lucas.says('sweet, which store was it again');
    expect(store.keys).not.toContain('goodbye');
    expect(store.text).toMatch(/Kmart Melbourne Central/);
  });

  test('a signed-in customer asking "what orders have I got on the go?" is answered with their orders, not where to find order numbers', async () => {
    const sam = customer({}, { signedInCustomerId: 'CUST-100001' });
    await sam.says('hi');
    const asked = await sam.says('what orders have i got on the go');
    expect(asked.keys).toContain('recent_orders');
    expect(asked.text).toMatch(/4000123456: placed[\s\S]*4000123476: placed/);
    expect(asked.keys).not.toContain('where_to_find_details');
  });

  test('a signed-in customer asking about another order gets their list again', async () => {
    const sam = customer({}, { signedInCustomerId: 'CUST-100001' });
    await sam.says('where is my order?');
    await sam.clicks({ orderNumber: '4000123456' }, '4000123456');
    const another = await sam.says('can you check another order');
    expect(another.keys).toEqual(['recent_orders']);
    const older = await sam.says('4000123478');
    expect(older.keys).toEqual(['order_status']);
    expect(older.text).toMatch(/delivered .*by DHL/);
  });

  test('a signed-in customer asking about someone else\'s order still has to prove it', async () => {
    const sam = customer({}, { signedInCustomerId: 'CUST-100001' });
    await sam.says('hi');
    const other = await sam.says('4000123470');
    expect(other.keys).toEqual(['ask_for_details']);
    expect(other.text).toMatch(/email or phone number you used at checkout/);
    expect(sam.harness.orders.findOrderCalls).toEqual([]);
  });
});
