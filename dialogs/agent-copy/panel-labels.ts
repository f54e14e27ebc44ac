import type { CaseKind } from '../../src/domain/support-case';
import type { ProcedureStep } from '../../state-machines/support-procedure/procedure-steps';

/** The agent procedure's steps as the checklist names them ('done' is where it ends, not a task). */
export const CHECKLIST_LABELS: Record<Exclude<ProcedureStep, 'done'>, string> = {
  collect_details: 'Collect order number and email or phone',
  check_order: 'Check the order in the order system',
  provide_tracking: 'Give the tracking link',
  explain_status: 'Explain the status and timeframe',
  troubleshoot: 'Troubleshoot (tracking, address, delay)',
  escalate: 'Escalate if needed',
};

/** The action buttons: what each opens, and for which parcel when the order has several. */
export function actionLabel(kind: CaseKind, parcel: string | null): string {
  const about = parcel === null ? '' : ` (${parcel})`;
  const labels: Record<CaseKind, string> = {
    missing_parcel_investigation: 'Open missing-parcel investigation',
    store_collection_check: 'Ask the store to check',
    marketplace_ticket: 'Open Marketplace support ticket',
    address_change: 'Request address change',
    carrier_redirect: 'Request carrier redirect',
    refund_or_alternative: 'Request refund, return or alternative',
  };
  return `${labels[kind]}${about}`;
}
