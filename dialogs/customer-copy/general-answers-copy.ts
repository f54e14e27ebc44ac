import type { DeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import type { DeliveryZone } from '../../src/domain/order';
import type { OutOfScopeQuestion } from '../../state-machines/customer-intent';
import type { CopyFor } from './copy-types';
import { bulletList, helpLink, paragraphs, sentences } from './markdown';
import { joinWithAnd } from './parcel-phrases';

/** Questions answered without order details, from the retailer's published policy (the deployment's timeframes file). */

const ZONE_WORDS: Record<DeliveryZone, string> = { metro: 'metro areas', regional: 'regional areas', remote: 'remote areas' };

/** "14 to 20 business days" */
export function businessDaysBand(min: number, max: number): string {
  return `${min} to ${max} business days`;
}

function zoneTimes(zone: DeliveryZone, timeframes: DeliveryTimeframes): string {
  const { standard, express } = timeframes.homeDelivery[zone];
  // "can I get express to Wagga?": where express is offered, from the same table.
  const expressZones = (['metro', 'regional', 'remote'] as const).filter((z) => timeframes.homeDelivery[z].express);
  const standardTimes = `To ${ZONE_WORDS[zone]}, standard delivery takes ${businessDaysBand(standard.minBusinessDays, standard.maxBusinessDays)}`;
  return express
    ? `${standardTimes} and express ${businessDaysBand(express.minBusinessDays, express.maxBusinessDays)}.`
    : `${standardTimes}; express isn't offered there${expressZones.length > 0 ? ` (only to ${joinWithAnd(expressZones.map((z) => ZONE_WORDS[z]))})` : ''}.`;
}

function deliveryTimeframes(zone: DeliveryZone | null, timeframes: DeliveryTimeframes): string {
  const zones: DeliveryZone[] = zone ? [zone] : ['metro', 'regional', 'remote'];
  const times = zones.map((z) => zoneTimes(z, timeframes));
  return paragraphs(
    zone ? (times[0] ?? '') : bulletList(times),
    sentences(
      `Times are counted from when your order is sent, which is usually within ${timeframes.processingBusinessDays} business days.`,
      "Marketplace sellers send their own items on their own timeframes.",
      `Our ${helpLink('deliveryTimeframes')} page has the details.`,
    ),
  );
}

function collectionPolicy(timeframes: DeliveryTimeframes): string {
  const { holdDays, cutoffLocalTime, sameDayReadyLocalTime } = timeframes.clickAndCollect;
  return paragraphs(
    `We hold Click & Collect orders at the store for ${holdDays} days once they're ready, and let you know by email or SMS when they are.`,
    sentences(
      'Bring your order number (it is in the ready-to-collect email or SMS) and photo ID.',
      'Someone else can collect for you: they need your order number and their own photo ID.',
    ),
    `Orders placed before ${clock(cutoffLocalTime)} are usually ready from ${clock(sameDayReadyLocalTime)} the same day, otherwise the next day.`,
  );
}

/** "16:00" -> "4pm" */
function clock(localTime: string): string {
  const [h = 0, m = 0] = localTime.split(':').map(Number);
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour}${suffix}` : `${hour}:${String(m).padStart(2, '0')}${suffix}`;
}

const OUT_OF_SCOPE: Record<OutOfScopeQuestion, string> = {
  returns_question: `I can't do returns here, but our ${helpLink('returns')} page explains how, including returning to a store with your order confirmation. For a faulty or damaged item, a person from our team can help too.`,
  store_hours_question: `I can't see store hours from here, but the ${helpLink('storeFinder')} has each store's opening hours.`,
  price_match_question: `I can't help with price match or other pricing questions here; our ${helpLink('helpCentre')} covers pricing, or a person from our team can help.`,
  stock_question: "I can't check stock from here, but each product's page on kmart.com.au shows whether it's available online or at your local store.",
};

export function generalAnswersCopy(timeframes: DeliveryTimeframes): CopyFor<
  'where_to_find_details' | 'delivery_timeframes' | 'collection_policy' | 'out_of_scope' | 'check_an_order'
> {
  return {
    where_to_find_details: () =>
      paragraphs(
        'You can find your order number and tracking in any of these places:',
        bulletList([
          'your order confirmation email, under the "Your order status" link',
          `the ${helpLink('trackYourOrder')} page`,
          'your shipping confirmation email or SMS, which also has the tracking link',
          `your Kmart account, under ${helpLink('orderHistory')}`,
        ]),
      ),
    delivery_timeframes: ({ zone }) => deliveryTimeframes(zone, timeframes),
    collection_policy: () => collectionPolicy(timeframes),
    out_of_scope: ({ question }) => OUT_OF_SCOPE[question],
    check_an_order: () => 'Want me to check on an order? Send me your order number and the email or phone number you used at checkout.',
  };
}
