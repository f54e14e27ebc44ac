import { z } from 'zod';
import { SuggestionSchema, type Suggestion } from '../../../src/copilot/suggestion';
import { startCopilotServer, type CopilotTestServer } from './copilot-test-server';

const ActionAnswer = z.object({ result: z.object({ caseReference: z.string() }), suggestion: SuggestionSchema });
const Findings = z.object({ findings: z.array(z.object({ severity: z.enum(['block', 'warn']), code: z.string(), message: z.string().min(20) })) });

/** One desk-tool conversation through the copilot API, as an agent's side panel drives it, over real HTTP. */
export function copilotChat(server: CopilotTestServer, sessionId: string) {
  const path = `/api/copilot/sessions/${encodeURIComponent(sessionId)}`;
  const post = async (from: 'customer' | 'agent', text: string): Promise<Suggestion> => {
    const answer = await server.call('POST', `${path}/messages`, { from, text });
    if (answer.status !== 200) throw new Error(`message answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return SuggestionSchema.parse(answer.body);
  };
  return {
    customer: (text: string) => post('customer', text),
    agent: (text: string) => post('agent', text),
    /** Clicks an action; the status tells a refused one (409) from a done one. */
    act: async (actionId: string, note?: string) => {
      const answer = await server.call('POST', `${path}/actions/${encodeURIComponent(actionId)}`, note === undefined ? {} : { note });
      return { status: answer.status, answer: answer.status === 200 ? ActionAnswer.parse(answer.body) : null };
    },
    /** The draft's findings as "severity:code". */
    check: async (text: string) => {
      const answer = await server.call('POST', `${path}/draft-check`, { text });
      if (answer.status !== 200) throw new Error(`draft-check answered ${answer.status}`);
      return Findings.parse(answer.body).findings.map((f) => `${f.severity}:${f.code}`);
    },
  };
}

export const done = (suggestion: Suggestion, id: Suggestion['checklist'][number]['id']) => suggestion.checklist.find((c) => c.id === id)?.done;
export const actionIds = (suggestion: Suggestion) => suggestion.actions.map((a) => a.id);
export const guidance = (suggestion: Suggestion) => suggestion.guidance.join('\n');

/** The first parcel's delivery window as the order card shows it; a test about windows fails plainly without one. */
export function windowOf(suggestion: Suggestion): { from: string; to: string } {
  const window = suggestion.order?.shipments[0]?.expectedDelivery;
  if (!window) throw new Error(`order ${suggestion.order?.orderNumber ?? '(none)'} should have a delivery window`);
  return window;
}

/** "1 December", as an agent would type a day. */
export const written = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-AU', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** One composed server for the describe block, started before its tests and closed after them. */
export function useCopilotServer(): () => CopilotTestServer {
  let server: CopilotTestServer | null = null;
  beforeAll(async () => {
    server = await startCopilotServer();
  }, 60_000);
  afterAll(() => server?.close());
  return () => {
    if (server === null) throw new Error('the copilot server has not started');
    return server;
  };
}

/** Asked about again, the machine answers with the case already open, and no second one appears. */
export function expectAnsweredWithTheCase(suggestion: Suggestion, reference: string): void {
  expect(suggestion.suggestedReply).toContain(reference);
  expect(suggestion.cases.map((c) => c.reference)).toEqual([reference]);
}
