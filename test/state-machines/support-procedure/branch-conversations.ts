import type { SupportEvent } from '../../../state-machines/support-events';
import {
  ConversationDriver,
  MANY_PARCELS_ORDER,
  customerSays,
  email,
  loadedFixtureData,
  procedureHarness,
  type HarnessOptions,
} from '../../support/procedure-harness';

/**
 * What the branch tests share. Each branch of the support procedure is
 * driven with the events the use case sends (understandings built by hand,
 * so these tests are about the machine, not the NLU) over the real fixture
 * adapters, one turn at a time, with the snapshot going through JSON
 * between turns as it does in production.
 */

export const SAM = { orderNumber: '4000123456', email: email('sam.nguyen@example.com') };

export function conversation(options: HarnessOptions = {}): ConversationDriver {
  return new ConversationDriver(procedureHarness({ extraOrders: [MANY_PARCELS_ORDER], ...options }));
}

/** The order number and the email on the order, in one message. */
export function details(orderNumber: string): SupportEvent {
  const order = [...loadedFixtureData().orders, MANY_PARCELS_ORDER].find((o) => o.orderNumber === orderNumber);
  if (!order) throw new Error(`no order ${orderNumber}`);
  return customerSays(`${orderNumber} ${order.customer.email}`, 'track_order', { orderNumber, contact: email(order.customer.email.toLowerCase()) });
}

export const says = {
  yes: customerSays('yes', 'affirm'),
  no: customerSays('no', 'deny'),
  restart: customerSays('start over', 'restart'),
  person: customerSays('can I talk to a person', 'talk_to_person'),
  bye: customerSays("that's all", 'done'),
  notHere: customerSays("it says delivered but it isn't here", 'delivered_not_received'),
  late: customerSays('my parcel is late', 'parcel_delayed'),
  notUpdating: customerSays("tracking hasn't updated", 'tracking_not_updating'),
  noTracking: customerSays('no tracking yet', 'no_tracking_yet'),
  wrongAddress: customerSays('I put the wrong address', 'wrong_address'),
  marketplace: customerSays('question about a marketplace seller', 'marketplace_question'),
  statusMeaning: customerSays('what does picking mean', 'status_meaning'),
  clickAndCollect: customerSays('is my click and collect ready', 'click_and_collect'),
  gibberish: customerSays('sdkjfh qwpoe', 'none', { notUnderstood: 'gibberish' }),
};

/** A found order, settled at the follow-up question, with the problem (if any) raised first. */
export async function foundOrder(orderNumber: string, problem?: SupportEvent, options: HarnessOptions = {}) {
  const driver = conversation(options);
  if (problem) await driver.send(problem);
  const outcome = await driver.send(details(orderNumber));
  return { driver, outcome };
}
