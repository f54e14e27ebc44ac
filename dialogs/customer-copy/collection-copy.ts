import type { DeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import type { CollectionStore } from '../../src/domain/order';
import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import { zonedDayOf } from '../../src/domain/calendar-days';
import { collectionHeldUntil } from '../../src/domain/shipment-conditions';
import { timeZoneOf } from '../../src/domain/state-time-zones';
import type { CopyFor } from './copy-types';
import { dayOf, localDay } from './format-dates';
import { bulletList, escapeMarkdown, helpLink, paragraphs, sentences } from './markdown';
import { expectation, sellerName, storePlace } from './parcel-phrases';

/** A Click & Collect order told from its own data: the store, its hours, what is ready and until when it is held. */

function storeContact(store: CollectionStore): string {
  return sentences(
    `Your Click & Collect order is at ${storePlace(store)}.`,
    store.openingHours ? `Opening hours: ${escapeMarkdown(store.openingHours)}.` : null,
    store.phone ? `The store's phone number is ${escapeMarkdown(store.phone)}.` : null,
  );
}

/** "We hold it until Sun 22 Nov", or, once that day has passed, that the store should be asked first. */
function holdNote(order: OrderView, shipment: ShipmentView, holdDays: number): string | null {
  if (shipment.readyForCollectionAt === null) return null;
  const zone = timeZoneOf(order.state);
  const heldUntil = collectionHeldUntil(shipment.readyForCollectionAt, holdDays, zone);
  if (zonedDayOf(new Date(order.assessedAt), zone) > heldUntil) {
    return `We hold orders for ${holdDays} days once they're ready, and that was up on ${localDay(heldUntil, zone)}, so please call the store before you go.`;
  }
  return `We hold it for ${holdDays} days once it's ready, so you have until ${localDay(heldUntil, zone)} to collect it.`;
}

function collectionReadiness(order: OrderView, shipment: ShipmentView, holdDays: number): string {
  const zone = timeZoneOf(order.state);
  const waiting = shipment.conditions.collectionDaysWaiting;
  switch (shipment.status) {
    case 'ready_to_collect':
      return sentences(
        waiting !== null && waiting > 0 ? `It's ready now, and has been waiting for you for ${waiting} ${waiting === 1 ? 'day' : 'days'}.` : "It's ready now.",
        holdNote(order, shipment, holdDays),
      );
    case 'collected':
      return `It's already been collected${shipment.deliveredAt ? ` (${dayOf(shipment.deliveredAt, zone)})` : ''}.`;
    case 'cancelled':
      return "It was cancelled, so there's nothing to collect.";
    default: {
      const expected = expectation(shipment);
      return sentences("It isn't ready yet.", expected ? `It ${expected}.` : null, `Once it's ready, we hold it for ${holdDays} days.`);
    }
  }
}

function clickAndCollectInfo(order: OrderView, holdDays: number): string {
  const pickup = order.collectionStore;
  const [only, ...others] = order.shipments;
  const readiness =
    only && others.length === 0
      ? collectionReadiness(order, only, holdDays)
      : bulletList(order.shipments.map((s, i) => `Parcel ${i + 1} from ${sellerName(s)}: ${collectionReadiness(order, s, holdDays)}`));
  const stillToCollect = order.shipments.some((s) => s.status !== 'collected' && s.status !== 'cancelled');
  return paragraphs(
    pickup ? storeContact(pickup) : 'This is a Click & Collect order.',
    readiness,
    // Who may collect is asked as often as when: said in words that never ask the customer for anything here.
    stillToCollect &&
      sentences(
        'When you go, bring your order number and photo ID.',
        'Someone else can collect it for you if they bring your order number and their own photo ID.',
        `Our ${helpLink('clickAndCollect')} page has the details.`,
      ),
  );
}

export function collectionCopy(timeframes: DeliveryTimeframes): CopyFor<'click_and_collect_info'> {
  const { holdDays } = timeframes.clickAndCollect;
  return {
    click_and_collect_info: ({ order }) => clickAndCollectInfo(order, holdDays),
  };
}
