import { actionLabel } from '../../dialogs/agent-copy/panel-labels';
import type { OrderView, ShipmentView } from '../domain/order-view';
import { caseIdempotencyKey, CaseKindSchema, type CaseKind, type SupportCase } from '../domain/support-case';
import { candidatesFor } from '../../state-machines/shipment-candidates';
import type { SupportContext } from '../../state-machines/support-context';

/** An action the agent can take now: open a case of this kind, about this parcel (null: the whole order). */
export interface OfferedAction {
  id: string;
  label: string;
  kind: CaseKind;
  shipmentId: string | null;
  /** The same kind, order and parcel: the case store answers the first case again for it. */
  key: string;
}

/** The action ids of the contract, one per kind of case. */
export const ACTION_IDS: Record<CaseKind, string> = {
  missing_parcel_investigation: 'open_missing_parcel_investigation',
  store_collection_check: 'request_store_check',
  marketplace_ticket: 'open_marketplace_ticket',
  address_change: 'request_address_change',
  carrier_redirect: 'request_carrier_redirect',
  refund_or_alternative: 'request_refund_or_alternative',
};

const ours = (s: ShipmentView) => s.seller.type !== 'marketplace';

/**
 * Which parcels each kind of case fits, following the article: an
 * investigation only after the tips, a store check for Click & Collect, a
 * ticket for Marketplace parcels; an address change before dispatch and a
 * redirect after it, only once the customer's new address has been asked for
 * and read back; a remedy for a late parcel once the customer has said which
 * one they want (a cancelled parcel is refunded without a request).
 */
function fitting(kind: CaseKind, order: OrderView, context: SupportContext): ShipmentView[] {
  const home = order.fulfilment === 'home_delivery';
  const addressReadBack = home && context.problem === 'wrong_address' && context.pendingAddress !== null;
  switch (kind) {
    case 'missing_parcel_investigation':
      return context.tried.includes('missing_parcel_tips_given') && home ? order.shipments.filter((s) => ours(s) && s.status === 'delivered') : [];
    case 'store_collection_check':
      return home ? [] : order.shipments.filter((s) => ours(s) && (s.status === 'ready_to_collect' || s.status === 'collected')).slice(0, 1);
    case 'marketplace_ticket':
      return order.shipments.filter((s) => !ours(s) && s.status !== 'cancelled');
    case 'address_change':
      // The machine logs a redirect while anything is on the road, an address change otherwise (wrong-address.ts).
      return addressReadBack && candidatesFor.inTransit(order).length === 0 ? order.shipments.filter((s) => ours(s) && (s.status === 'processing' || s.status === 'picking')).slice(0, 1) : [];
    case 'carrier_redirect':
      return addressReadBack ? candidatesFor.inTransit(order).filter((s) => s.shipmentId === (context.shipmentId ?? s.shipmentId)).slice(0, 1) : [];
    case 'refund_or_alternative':
      return context.remedy !== null && !context.remedyRefused ? order.shipments.filter((s) => ours(s) && s.conditions.delayed) : [];
  }
}

/** Cases about the whole order; the others are about one parcel. */
const ORDER_LEVEL: ReadonlySet<CaseKind> = new Set(['store_collection_check', 'address_change']);

/** The actions that fit the conversation now, leaving out cases already open for the same parcel. */
export function offeredActions(context: SupportContext, cases: readonly SupportCase[]): OfferedAction[] {
  const order = context.order;
  if (!context.verified || order === null) return [];
  const open = new Set(cases.map((c) => caseIdempotencyKey(c)));
  return CaseKindSchema.options.flatMap((kind) => {
    const parcels = fitting(kind, order, context);
    return parcels.flatMap((shipment) => {
      const shipmentId = ORDER_LEVEL.has(kind) ? null : shipment.shipmentId;
      const key = caseIdempotencyKey({ kind, orderNumber: order.orderNumber, shipmentId });
      if (open.has(key)) return [];
      const index = order.shipments.indexOf(shipment);
      const parcel = shipmentId !== null && order.shipments.length > 1 ? `parcel ${index + 1} from ${shipment.seller.name}` : null;
      const id = parcel === null ? ACTION_IDS[kind] : `${ACTION_IDS[kind]}.${shipment.shipmentId}`;
      return [{ id, label: actionLabel(kind, parcel), kind, shipmentId, key }];
    });
  });
}
