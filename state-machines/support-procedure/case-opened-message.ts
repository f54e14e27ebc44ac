import type { SupportCase } from '../../src/domain/support-case';
import type { SupportContext } from '../support-context';
import { message, type SupportMessage } from '../support-messages';
import { requireOrder, requireShipment } from './event-readers';
import { INVESTIGATION_REPLY_BUSINESS_DAYS } from './procedure-limits';

/** What the customer is told once a case is open, by kind. */
export function caseOpenedMessage(context: SupportContext, opened: SupportCase): SupportMessage {
  switch (opened.kind) {
    case 'missing_parcel_investigation':
      return message('investigation_opened', {
        shipment: requireShipment(context),
        supportCase: opened,
        replyWithinBusinessDays: INVESTIGATION_REPLY_BUSINESS_DAYS,
      });
    case 'store_collection_check':
      return message('store_check_requested', { order: requireOrder(context), supportCase: opened });
    case 'marketplace_ticket':
      return message('marketplace_ticket_opened', { shipment: requireShipment(context), supportCase: opened });
    case 'address_change':
      return message('address_change_requested', { supportCase: opened, address: context.pendingAddress ?? '' });
    case 'carrier_redirect':
      return message('carrier_redirect_requested', { shipment: requireShipment(context), supportCase: opened, address: context.pendingAddress ?? '' });
    case 'refund_or_alternative':
      return message('remedy_requested', { shipment: requireShipment(context), supportCase: opened, remedy: context.remedy ?? 'refund' });
  }
}
