import { explainsStatus } from '../../src/copilot/status-explained';
import { aCollectionOrder, anOrder } from '../support/order-builder';
import { SAMPLE_NOW, aMixedOrderView, onlyShipment, viewOf } from '../support/sample-messages';

const nothingSuggested = { keys: [], texts: [] };
/** "Tue 24 Nov", as an agent would write a window day. */
const written = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-AU', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

describe('explainsStatus: the checklist ticks "explain the status" only for what was really said', () => {
  const order = viewOf(anOrder());
  const window = onlyShipment(order).window;
  if (window.kind !== 'business_days') throw new Error('the default order should have a business-day window');

  test('a day inside the window explains it; a question, a tracking number alone or a day outside it do not', () => {
    expect(explainsStatus(`It's on its way and should arrive between ${written(window.from)} and ${written(window.to)}.`, order, SAMPLE_NOW, nothingSuggested)).toBe(true);
    expect(explainsStatus('Could you check with your neighbours?', order, SAMPLE_NOW, nothingSuggested)).toBe(false);
    expect(explainsStatus(`Your tracking number is ${onlyShipment(order).trackingNumber ?? ''}.`, order, SAMPLE_NOW, nothingSuggested)).toBe(false);
    expect(explainsStatus("It's on its way, it should be there by 30 Jan.", order, SAMPLE_NOW, nothingSuggested)).toBe(false);
  });

  test('the suggested explanation sent as it is counts; the same text after a reply that explains nothing does not', () => {
    const text = 'Here it is: the latest on your order.';
    expect(explainsStatus(`${text} `, order, SAMPLE_NOW, { keys: ['order_status'], texts: [text] })).toBe(true);
    expect(explainsStatus(text, order, SAMPLE_NOW, { keys: ['missing_parcel_tips'], texts: [text] })).toBe(false);
  });

  test('every parcel of a mixed order: the Marketplace one by its seller\'s timeframe or status', () => {
    const mixed = aMixedOrderView();
    const [ours] = mixed.shipments;
    if (ours?.window.kind !== 'business_days') throw new Error('our parcel should have a window');
    const oursOnly = `Ours should arrive by ${written(ours.window.to)}.`;
    expect(explainsStatus(oursOnly, mixed, SAMPLE_NOW, nothingSuggested)).toBe(false);
    expect(explainsStatus(`${oursOnly} The toy comes from the seller in their own timeframe; they have your order received.`, mixed, SAMPLE_NOW, nothingSuggested)).toBe(true);
  });

  test('Click & Collect is explained by its status', () => {
    const collection = viewOf(aCollectionOrder());
    const status = onlyShipment(collection).status;
    expect(explainsStatus('Thanks for waiting!', collection, SAMPLE_NOW, nothingSuggested)).toBe(false);
    const words = status === 'ready_to_collect' ? 'It is ready to collect from the store.' : 'We are preparing it at the store.';
    expect(explainsStatus(words, collection, SAMPLE_NOW, nothingSuggested)).toBe(true);
  });
});
