import type { CaseKind } from '../../src/domain/support-case';

/** What `tried` notes when a case is opened, whether the customer asked the bot (opening-case.ts) or an agent opened it (agent-case-opened.ts). */
export const OPENED_STEP: Record<CaseKind, string> = {
  missing_parcel_investigation: 'missing_parcel_investigation_opened',
  store_collection_check: 'store_asked_to_check',
  marketplace_ticket: 'marketplace_ticket_opened',
  address_change: 'address_change_requested',
  carrier_redirect: 'carrier_redirect_requested',
  refund_or_alternative: 'refund_or_alternative_requested',
};

const OPENED_STEPS: ReadonlySet<string> = new Set(Object.values(OPENED_STEP));

/** The last thing the procedure did was open a case: nothing has happened since. */
export const lastStepOpenedCase = (tried: readonly string[]): boolean => OPENED_STEPS.has(tried.at(-1) ?? '');
