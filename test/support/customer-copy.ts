import { customerCopy } from '../../dialogs/customer-copy/customer-copy';
import { defaultDeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import type { SupportMessage } from '../../state-machines/support-messages';

/** The customer copy as the bot renders it with the built-in published timeframes. */
export const CUSTOMER_COPY = customerCopy(defaultDeliveryTimeframes);

export function renderForCustomer(message: SupportMessage): string {
  return CUSTOMER_COPY.render(message);
}
