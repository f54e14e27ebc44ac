import { agentGuidance } from '../../dialogs/agent-copy/agent-guidance';
import { CHECKLIST_LABELS } from '../../dialogs/agent-copy/panel-labels';
import { PROCEDURE_STEPS } from '../../state-machines/support-procedure/procedure-steps';
import type { OrderView } from '../domain/order-view';
import type { SupportCase } from '../domain/support-case';
import type { CopilotSession } from './copilot-session';
import type { MachineView } from './machine-view';
import { offeredActions } from './offered-actions';
import type { ChecklistItem, OrderCard, Suggestion } from './suggestion';

/** What the machine notes in `tried` once a troubleshooting step is done (explained, offered or requested). */
const TROUBLESHOOTING_DONE = [
  'explained_tracking_not_updating',
  'offered_refund_return_or_alternative',
  'address_change_requested',
  'carrier_redirect_requested',
  'refund_or_alternative_requested',
];

/**
 * Each step is ticked by what has happened, never by having moved past it:
 * details given, the order checked, every tracking number and the status
 * actually sent by the agent, troubleshooting the machine has noted as done,
 * a case open (or the conversation closed).
 */
function checklist(view: MachineView, session: CopilotSession, order: OrderView | null, cases: readonly SupportCase[]): ChecklistItem[] {
  const { context } = view;
  const tracking = order?.shipments.flatMap((s) => (s.trackingNumber && s.status !== 'cancelled' ? [s.trackingNumber] : [])) ?? [];
  const done: Record<keyof typeof CHECKLIST_LABELS, boolean> = {
    collect_details: order !== null || (context.orderNumber !== null && context.contact !== null),
    check_order: order !== null,
    provide_tracking: order !== null && tracking.every((number) => session.told.trackingNumbers.includes(number)),
    explain_status: order !== null && session.told.statusExplained,
    troubleshoot: order !== null && context.tried.some((t) => TROUBLESHOOTING_DONE.includes(t)),
    escalate: cases.some((c) => c.status === 'open') || view.step === 'done',
  };
  return PROCEDURE_STEPS.flatMap((id) => (id === 'done' ? [] : [{ id, label: CHECKLIST_LABELS[id], done: done[id] }]));
}

function orderCard(order: OrderView): OrderCard {
  return {
    orderNumber: order.orderNumber,
    verified: true,
    customerFirstName: order.firstName,
    fulfilment: order.fulfilment,
    shipments: order.shipments.map((s) => ({
      shipmentId: s.shipmentId,
      seller: s.seller,
      status: s.status,
      items: s.items,
      carrier: s.carrier?.code ?? null,
      trackingNumber: s.trackingNumber,
      trackingUrl: s.trackingLink,
      expectedDelivery: s.window.kind === 'business_days' ? { from: s.window.from, to: s.window.to } : null,
    })),
  };
}

/**
 * The conversation's cases, as the machine records them (whether the bot, the
 * customer's answer or an agent action opened them), with their status as the
 * case store has it now (a case closed by the team shows closed).
 */
export function casesOf(view: MachineView, stored: readonly SupportCase[]): SupportCase[] {
  if (!view.context.verified || view.context.order === null) return [];
  const now = new Map(stored.map((c) => [c.reference, c.status]));
  return view.context.cases.map((c) => ({ ...c, status: now.get(c.reference) ?? c.status }));
}

/** The Suggestion for a session as it stands; nothing about the order until the customer is verified. */
export function buildSuggestion(sessionId: string, session: CopilotSession, view: MachineView, cases: readonly SupportCase[]): Suggestion {
  const order = view.context.verified ? view.context.order : null;
  return {
    sessionId,
    step: view.step,
    suggestedReply: session.reply.suggestedReply,
    alternatives: session.reply.alternatives,
    guidance: agentGuidance({
      step: view.step,
      verified: view.context.verified,
      order,
      keys: session.reply.keys,
      tried: view.context.tried,
      failedLookups: view.context.failedLookups,
      cases,
      handedOver: session.handedOver,
      problem: view.context.problem,
    }),
    checklist: checklist(view, session, order, cases),
    actions: offeredActions(view.context, cases).map(({ id, label }) => ({ id, label })),
    order: order === null ? null : orderCard(order),
    cases: cases.map(({ reference, kind, status, openedAt, shipmentId }) => ({ reference, kind, status, openedAt, shipmentId })),
  };
}
