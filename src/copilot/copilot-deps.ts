import type { CustomerCopy } from '../../dialogs/customer-copy/customer-copy';
import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import type { ProvidedProcedure } from '../conversation/provide-procedure';
import type { CaseStore } from '../ports/case-store';
import type { Clock } from '../ports/clock';
import type { CopilotSessionStore } from '../ports/copilot-session-store';

/** What the copilot shares with the customer bot (the same machine, understanding, cases and copy) plus its own sessions. */
export interface CopilotDeps {
  procedure: ProvidedProcedure;
  understander: Understander;
  cases: CaseStore;
  sessions: CopilotSessionStore;
  clock: Clock;
  /** The bot's words for each message; agent copy reuses them where a person would say the same. */
  customerCopy: CustomerCopy;
  sessionTtlMinutes: number;
}
