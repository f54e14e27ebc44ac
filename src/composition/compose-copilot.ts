import type { Logger } from 'pino';
import { InMemoryCopilotSessionStore } from '../adapters/in-memory-copilot-session-store';
import type { Env } from '../config/config-schema';
import { CopilotSessions } from '../copilot/copilot-sessions';
import type { CustomerTurn } from '../conversation/customer-conversations';
import { requestFields } from '../observability/request-context';
import type { CallContext } from '../ports/call-context';
import type { Clock } from '../ports/clock';
import type { CopilotSessionStore } from '../ports/copilot-session-store';
import type { CopilotRoutesOptions } from '../server/copilot/register-copilot-routes';
import type { SupportServices } from './build-support-services';

export interface ComposedCopilot {
  routes: CopilotRoutesOptions;
  /** For the customer bot: a conversation it hands over becomes a copilot session under the same id (contract v1.1). */
  onHandoff: (conversationId: string, turn: CustomerTurn, call: CallContext) => Promise<void>;
}

/**
 * The agent copilot on the bot's own machine, understanding, cases and copy.
 * null when no COPILOT_API_KEYS are configured: the API is off, never open.
 */
export function composeCopilot(
  config: Env,
  services: SupportServices,
  clock: Clock,
  logger: Logger,
  sessions: CopilotSessionStore = new InMemoryCopilotSessionStore(clock),
): ComposedCopilot | null {
  if (config.COPILOT_API_KEYS.length === 0) return null;
  const copilot = new CopilotSessions({
    ...services.shared,
    sessions,
    clock,
    customerCopy: services.copy,
    sessionTtlMinutes: config.COPILOT_SESSION_TTL_MINUTES,
  });
  return {
    routes: { copilot, keys: config.COPILOT_API_KEYS, logger: logger.child({ component: 'copilot' }) },
    // A failed pick-up costs the agent a head start, never the customer's handoff: logged, not thrown.
    onHandoff: (conversationId, turn, call) =>
      copilot.pickUp(conversationId, turn, turn.transcript.map(({ from, text }) => ({ from, text }))).catch((error: unknown) => {
        logger.error({ ...requestFields(call), err: error, conversationId }, 'copilot pick-up failed');
      }),
  };
}
