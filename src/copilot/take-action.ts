import { caseRequest } from '../../state-machines/support-procedure/case-request';
import { runSupportTurn } from '../conversation/run-support-turn';
import { caseIdempotencyKey, CaseKindSchema, type SupportCase } from '../domain/support-case';
import type { CopilotDeps } from './copilot-deps';
import type { CopilotSession } from './copilot-session';
import type { MachineView } from './machine-view';
import { ACTION_IDS, offeredActions } from './offered-actions';
import { replyOf } from './session-turns';

export type ActionOutcome =
  | { kind: 'done'; session: CopilotSession; caseReference: string }
  | { kind: 'not_offered' };

/** "open_marketplace_ticket" or "open_marketplace_ticket.S3" → the kind of case and the parcel it names, if any. */
function parseActionId(actionId: string): { kind: (typeof CaseKindSchema.options)[number]; shipmentId: string | null } | null {
  const dot = actionId.indexOf('.');
  const base = dot === -1 ? actionId : actionId.slice(0, dot);
  const kind = CaseKindSchema.options.find((k) => ACTION_IDS[k] === base);
  return kind === undefined ? null : { kind, shipmentId: dot === -1 ? null : actionId.slice(dot + 1) };
}

/**
 * The agent clicked an action. The same action for the same order and parcel
 * answers its first result (the machine's own record of cases, and the case
 * store is idempotent by kind, order and parcel, which also holds across
 * restarts once it is durable); an action that does not fit the conversation
 * now is refused. The case is opened with the machine's own request builder,
 * so it carries what the customer said and confirmed, as the bot's cases do;
 * the agent's note is kept on it. Then the machine is told (agent.caseOpened),
 * so its record of cases, its next answers and the reply to send all know it.
 */
export async function takeAction(
  session: CopilotSession,
  view: MachineView,
  cases: readonly SupportCase[],
  sessionId: string,
  request: { actionId: string; note: string | null },
  deps: CopilotDeps,
): Promise<ActionOutcome> {
  const { actionId, note } = request;
  const parsed = parseActionId(actionId);
  const order = view.context.verified ? view.context.order : null;
  if (parsed === null || order === null) return { kind: 'not_offered' };
  const offered = offeredActions(view.context, cases).find((a) => a.id === actionId);
  const shipmentId = offered ? offered.shipmentId : parsed.shipmentId ?? (order.shipments.length === 1 ? (order.shipments[0]?.shipmentId ?? null) : null);
  const key = caseIdempotencyKey({ kind: parsed.kind, orderNumber: order.orderNumber, shipmentId });
  const earlier = session.actionResults.find((r) => r.key === key)?.caseReference ?? cases.find((c) => caseIdempotencyKey(c) === key)?.reference;
  if (earlier !== undefined && offered === undefined) {
    await keepNote(earlier, note, deps);
    return { kind: 'done', session: remember(session, key, earlier), caseReference: earlier };
  }
  if (offered === undefined) return { kind: 'not_offered' };
  const { supportCase: opened } = await deps.cases.open(caseRequest(view.context, offered.kind, offered.shipmentId));
  await keepNote(opened.reference, note, deps);
  const outcome = await runSupportTurn(deps.procedure, session.envelope, () => [{ type: 'agent.caseOpened', supportCase: opened }], {
    conversationId: sessionId,
    clock: deps.clock,
  });
  const next = { ...remember(session, key, opened.reference), envelope: outcome.envelope, reply: replyOf(outcome, deps) };
  return { kind: 'done', session: next, caseReference: opened.reference };
}

function remember(session: CopilotSession, key: string, caseReference: string): CopilotSession {
  if (session.actionResults.some((r) => r.key === key)) return session;
  return { ...session, actionResults: [...session.actionResults, { key, caseReference }] };
}

/** A note is kept once: clicking again with the same note does not repeat it on the case. */
async function keepNote(reference: string, note: string | null, deps: CopilotDeps): Promise<void> {
  if (note === null || note.trim() === '') return;
  const notes = await deps.cases.notesOf(reference);
  if (!notes.some((n) => n.text === note)) await deps.cases.addNote(reference, note);
}
