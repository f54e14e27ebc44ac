import { agentReplyFor, type ChatSituation } from '../../dialogs/agent-copy/agent-replies';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';
import { runSupportTurn, type TurnOutcome } from '../conversation/run-support-turn';
import type { TurnScope } from '../conversation/turn-scope';
import type { CallContext } from '../ports/call-context';
import type { CopilotDeps } from './copilot-deps';
import type { CopilotSession } from './copilot-session';
import { machineView } from './machine-view';
import { explainsStatus } from './status-explained';

/** The agent's reply for a turn: what the procedure said, worded for a person. */
export function replyOf(outcome: TurnOutcome, deps: CopilotDeps, situation: ChatSituation = 'live'): CopilotSession['reply'] {
  const firstName = outcome.context.verified ? (outcome.context.order?.firstName ?? null) : null;
  return { keys: outcome.replies.map((r) => r.key), ...agentReplyFor(outcome.replies, deps.customerCopy, firstName, situation) };
}

/**
 * A customer message through the bot's own path (as CustomerConversations.say
 * does it: the same understander, reading the message against what the
 * machine expects, then the same runSupportTurn), on the session's envelope.
 * A conversation the bot handed over sits "with a person"; the agent is that
 * person, so the machine is first told the bot's part is over (it keeps the
 * verified order) and the procedure carries on from there.
 */
export async function customerTurn(
  session: CopilotSession,
  sessionId: string,
  text: string,
  deps: CopilotDeps,
  call: CallContext = {},
): Promise<CopilotSession> {
  // The agent's client is not the customer: no requester to limit, and nothing to wait for a save (the session is saved by the caller).
  const scope: TurnScope = { requester: null, ...call };
  let envelope = session.envelope;
  if (machineView(deps.procedure, envelope, sessionId).withAPerson) {
    envelope = (await runSupportTurn(deps.procedure, envelope, () => [{ type: 'GOODBYE' }], { conversationId: sessionId, clock: deps.clock, scope })).envelope;
  }
  const outcome = await runSupportTurn(
    deps.procedure,
    envelope,
    async (expecting) => [eventFromUnderstanding(text, await deps.understander.understand(text, { expecting }))],
    { conversationId: sessionId, clock: deps.clock, scope },
  );
  return { ...session, envelope: outcome.envelope, reply: replyOf(outcome, deps) };
}

/** What an agent message tells the copilot: which tracking numbers the customer now has, and whether the status was explained. */
export function agentTurn(session: CopilotSession, sessionId: string, text: string, deps: CopilotDeps): CopilotSession {
  const { context } = machineView(deps.procedure, session.envelope, sessionId);
  if (!context.verified || context.order === null) return session;
  const upper = text.toUpperCase();
  const told = context.order.shipments.flatMap((s) => (s.trackingNumber && upper.includes(s.trackingNumber.toUpperCase()) ? [s.trackingNumber] : []));
  const suggested = { keys: session.reply.keys, texts: [session.reply.suggestedReply, ...session.reply.alternatives] };
  const statusExplained = session.told.statusExplained || explainsStatus(text, context.order, deps.clock.now(), suggested);
  return { ...session, told: { trackingNumbers: [...new Set([...session.told.trackingNumbers, ...told])], statusExplained } };
}
