import type { TurnOutcome } from '../conversation/run-support-turn';
import type { CallContext } from '../ports/call-context';
import type { CopilotDeps } from './copilot-deps';
import { CopilotSessionSchema, newSession, withLine, type CopilotSession, type TranscriptLine } from './copilot-session';
import { buildSuggestion, casesOf } from './build-suggestion';
import { checkDraft } from './draft-check/check-draft';
import { contactKey } from './draft-check/draft-facts';
import { machineView } from './machine-view';
import { agentTurn, customerTurn, replyOf } from './session-turns';
import type { Finding, Suggestion } from './suggestion';
import { takeAction } from './take-action';
import { findAuPhones, findEmails } from '../domain/contact';

export type Found<T> = { kind: 'found'; value: T } | { kind: 'unknown_session' };
export type ActionAnswer = Found<{ result: { caseReference?: string }; suggestion: Suggestion }> | { kind: 'not_offered' };

/**
 * The copilot's use cases (contract v1.1): messages, the current Suggestion,
 * actions, draft checks and picking up a conversation from the customer bot.
 * Calls on one session run one at a time; every call saves the session, so
 * it expires only after COPILOT_SESSION_TTL_MINUTES without a call.
 */
export class CopilotSessions {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: CopilotDeps) {}

  /** `call`: the request this message came with, so the order system and the log lines see its id. */
  message(sessionId: string, from: 'customer' | 'agent', text: string, call: CallContext = {}): Promise<Suggestion> {
    return this.serially(sessionId, async () => {
      const line: TranscriptLine = { from, text, at: this.deps.clock.now().toISOString() };
      const session = withLine((await this.load(sessionId)) ?? newSession(), line);
      const next = from === 'customer' ? await customerTurn(session, sessionId, text, this.deps, call) : agentTurn(session, sessionId, text, this.deps);
      return this.saveAndSuggest(sessionId, next);
    });
  }

  current(sessionId: string): Promise<Found<Suggestion>> {
    return this.serially(sessionId, async () => {
      const session = await this.load(sessionId);
      return session === null ? { kind: 'unknown_session' } : { kind: 'found', value: await this.saveAndSuggest(sessionId, session) };
    });
  }

  act(sessionId: string, actionId: string, note: string | null): Promise<ActionAnswer> {
    return this.serially(sessionId, async (): Promise<ActionAnswer> => {
      const session = await this.load(sessionId);
      if (session === null) return { kind: 'unknown_session' };
      const view = machineView(this.deps.procedure, session.envelope, sessionId);
      const cases = casesOf(view, await this.storedCases(view));
      const outcome = await takeAction(session, view, cases, sessionId, { actionId, note }, this.deps);
      if (outcome.kind === 'not_offered') return outcome;
      const suggestion = await this.saveAndSuggest(sessionId, outcome.session);
      return { kind: 'found', value: { result: { caseReference: outcome.caseReference }, suggestion } };
    });
  }

  checkDraft(sessionId: string, text: string): Promise<Found<Finding[]>> {
    return this.serially(sessionId, async () => {
      const session = await this.load(sessionId);
      if (session === null) return { kind: 'unknown_session' };
      await this.save(sessionId, session);
      const view = machineView(this.deps.procedure, session.envelope, sessionId);
      const { context } = view;
      const given = [context.contact, context.lastContact, context.verifiedContact].flatMap((c) => (c ? [contactKey(c)] : []));
      const typed = session.transcript
        .filter((l) => l.from === 'customer')
        .flatMap((l) => [...findEmails(l.text).map((e) => e.value), ...findAuPhones(l.text).map((p) => p.e164)]);
      const findings = checkDraft(text, {
        verified: context.verified,
        order: context.verified ? context.order : null,
        ownContacts: new Set([...given, ...typed]),
        cases: casesOf(view, await this.storedCases(view)),
        now: this.deps.clock.now(),
      });
      return { kind: 'found', value: findings };
    });
  }

  /** The customer bot handed over: the session under its conversation id starts from the bot's machine, transcript and cases. */
  pickUp(conversationId: string, outcome: TurnOutcome, transcript: readonly Omit<TranscriptLine, 'at'>[]): Promise<void> {
    return this.serially(conversationId, async () => {
      const at = this.deps.clock.now().toISOString();
      const session: CopilotSession = {
        ...newSession(),
        envelope: outcome.envelope,
        transcript: transcript.map((line) => ({ ...line, text: line.text.slice(0, 4000), at })).slice(-200),
        reply: replyOf(outcome, this.deps, 'picked_up'),
        handedOver: true,
      };
      await this.save(conversationId, session);
    });
  }

  private async storedCases(view: ReturnType<typeof machineView>) {
    const order = view.context.verified ? view.context.order : null;
    return order === null ? [] : this.deps.cases.casesForOrder(order.orderNumber);
  }

  private async saveAndSuggest(sessionId: string, session: CopilotSession): Promise<Suggestion> {
    await this.save(sessionId, session);
    const view = machineView(this.deps.procedure, session.envelope, sessionId);
    return buildSuggestion(sessionId, session, view, casesOf(view, await this.storedCases(view)));
  }

  /** A stored session that no longer matches the schema (an older version) is treated as expired. */
  private async load(sessionId: string): Promise<CopilotSession | null> {
    const parsed = CopilotSessionSchema.safeParse(await this.deps.sessions.load(sessionId));
    return parsed.success ? parsed.data : null;
  }

  private save(sessionId: string, session: CopilotSession): Promise<void> {
    return this.deps.sessions.save(sessionId, session, this.deps.sessionTtlMinutes * 60);
  }

  private serially<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(sessionId) ?? Promise.resolve();
    const run = previous.then(work, work);
    const settled = run.then(() => undefined, () => undefined);
    this.queues.set(sessionId, settled);
    void settled.then(() => {
      if (this.queues.get(sessionId) === settled) this.queues.delete(sessionId);
    });
    return run;
  }
}
