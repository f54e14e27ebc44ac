import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import type { CaseKind, SupportCase } from '../../src/domain/support-case';
import type { OrderTopic } from '../../state-machines/customer-intent';
import type { MessageKey } from '../../state-machines/support-messages';
import { INVESTIGATION_REPLY_BUSINESS_DAYS, MAX_FAILED_LOOKUPS } from '../../state-machines/support-procedure/procedure-limits';
import type { ProcedureStep } from '../../state-machines/support-procedure/procedure-steps';

/** What guidance is drawn from: the machine's facts about the conversation, never a second copy of the procedure. */
export interface GuidanceFacts {
  step: ProcedureStep;
  verified: boolean;
  order: OrderView | null;
  /** The message keys of the procedure's last answer. */
  keys: readonly MessageKey[];
  /** What the procedure has already done in this conversation (the machine's `tried`). */
  tried: readonly string[];
  failedLookups: number;
  cases: readonly SupportCase[];
  /** The conversation came from the customer bot (contract v1.1 pick-up). */
  handedOver: boolean;
  /** What the customer wants about the order now (the machine's `problem`). */
  problem: OrderTopic | null;
}

/** When the customer hears back about each kind of case: the article's escalation timelines. */
export const CASE_TIMELINE_FOR_AGENTS: Record<CaseKind, string> = {
  missing_parcel_investigation: `the investigation team contacts the customer within ${INVESTIGATION_REPLY_BUSINESS_DAYS} business days; if the carrier can't find it, a refund or replacement follows`,
  store_collection_check: 'the store checks and we contact the customer within 1 business day',
  marketplace_ticket: 'the seller replies through the ticket, usually within 2 business days',
  address_change: 'the team updates the address before dispatch and contacts the customer if anything is unclear',
  carrier_redirect: 'we tell the customer within 2 business days whether the carrier could redirect it',
  refund_or_alternative: 'a person from the team contacts the customer within 2 business days',
};

const CASE_NAMES: Record<CaseKind, string> = {
  missing_parcel_investigation: 'Missing-parcel investigation',
  store_collection_check: 'Store check',
  marketplace_ticket: 'Marketplace support ticket',
  address_change: 'Address change',
  carrier_redirect: 'Carrier redirect',
  refund_or_alternative: 'Refund, return or alternative request',
};

function parcelGuidance(order: OrderView, shipment: ShipmentView, facts: GuidanceFacts): string[] {
  const lines: string[] = [];
  const { conditions } = shipment;
  if (shipment.seller.type === 'marketplace') {
    lines.push(
      `Sold by a Marketplace seller (${shipment.seller.name}): our timeframes and carriers don't apply. Open a Marketplace support ticket so the seller is contacted.`,
    );
  }
  if (conditions.noTrackingYet || conditions.trackingNotUpdating) {
    lines.push('Tracking can take 24-48 hours to show up after the shipping email, or to update after a scan: reassure before escalating.');
  }
  for (const alert of shipment.alerts) {
    lines.push(
      `Carrier alert in force: "${alert.headline}". The window already allows for it; be honest that it may take longer and don't promise a date.`,
    );
  }
  const remedyLogged = facts.cases.some((c) => c.kind === 'refund_or_alternative' && c.shipmentId === shipment.shipmentId);
  if (conditions.delayed && !remedyLogged) {
    lines.push('Past its delivery window: offer a refund, return or an alternative; once the customer has chosen and confirmed, log it (request action).');
  }
  if (shipment.status === 'cancelled') lines.push('A cancelled parcel will not be sent; it is refunded automatically to the payment method used, so no refund request is needed.');
  const delivered = shipment.status === 'delivered' && order.fulfilment === 'home_delivery' && shipment.seller.type !== 'marketplace';
  const tipsGiven = facts.tried.includes('missing_parcel_tips_given');
  if (delivered && facts.step === 'escalate' && !tipsGiven) {
    lines.push('Delivered but not received: go through the tips first (porch, neighbours, safe place, mailbox or parcel locker, missed-delivery card).');
  }
  const investigating = facts.cases.some((c) => c.kind === 'missing_parcel_investigation' && c.shipmentId === shipment.shipmentId);
  if (delivered && tipsGiven && !investigating) {
    lines.push(
      'Still missing after the tips: open a missing-parcel investigation; it asks the carrier for proof of delivery and where exactly the parcel was left.',
    );
    if (shipment.proofOfDelivery) lines.push(`Proof of delivery on file (${shipment.proofOfDelivery.kind.replace('_', ' ')}): share what it shows.`);
  }
  return lines;
}

/** What the agent must know and do next, from the knowledge article, for the conversation as the machine sees it. */
export function agentGuidance(facts: GuidanceFacts): string[] {
  const lines: string[] = [];
  if (facts.handedOver) lines.push("Handed over by the chat assistant: read the transcript; don't ask again for what the customer already gave.");
  if (!facts.handedOver && facts.keys.includes('handoff')) {
    lines.push('The customer asked for a person: you are that person. Say so plainly and carry on; bring in a team leader if they ask for one.');
  }
  if (!facts.verified || facts.order === null) {
    lines.push(
      'Verify before disclosing: the order number and the email or phone used at checkout must match before you share any order details. Never say which of the two was wrong.',
    );
    if (facts.failedLookups >= MAX_FAILED_LOOKUPS) {
      lines.push(`${MAX_FAILED_LOOKUPS} lookups failed: stop checking details and escalate to the team; don't share order details.`);
    }
    if (facts.keys.includes('order_system_unavailable')) lines.push("The order system didn't answer: it's on our side. Try again shortly; never guess a status.");
    return lines;
  }
  const order = facts.order;
  if (order.fulfilment === 'click_and_collect') {
    lines.push('Click & Collect: if the order is not at the store, or shows collected by someone else, ask the store to check (store check action).');
  }
  if (facts.problem === 'wrong_address' && order.fulfilment === 'home_delivery') {
    lines.push(
      'Wrong address: get the full new address (street, suburb, state, postcode), read it back, and log it only once the customer confirms: an address change before dispatch, a carrier redirect once it is on the road.',
    );
  }
  for (const shipment of order.shipments) lines.push(...parcelGuidance(order, shipment, facts));
  for (const c of facts.cases.filter((open) => open.status === 'open')) {
    lines.push(`${CASE_NAMES[c.kind]} ${c.reference} is open: ${CASE_TIMELINE_FOR_AGENTS[c.kind]}.`);
  }
  return [...new Set(lines)];
}
