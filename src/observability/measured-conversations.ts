import type { Logger } from 'pino';
import type { ButtonValue } from '../../state-machines/customer-buttons';
import { CustomerConversations, type Caller, type CustomerTurn } from '../conversation/customer-conversations';
import { requestFields } from './request-context';
import type { SupportMetrics } from './support-metrics';

type TurnKind = 'message' | 'click' | 'start';

/**
 * The conversation use case with each turn counted, timed and logged (one
 * line a turn: which step it ended at and what was said, by message key,
 * never the customer's words). Wrapped in the composition root.
 */
export class MeasuredCustomerConversations extends CustomerConversations {
  constructor(
    deps: ConstructorParameters<typeof CustomerConversations>[0],
    private readonly metrics: SupportMetrics,
    private readonly logger: Logger,
  ) {
    super(deps);
  }

  override start(conversationId: string, caller: Caller = {}): Promise<CustomerTurn | null> {
    return this.measure('start', conversationId, caller, () => super.start(conversationId, caller));
  }

  override say(conversationId: string, text: string, caller: Caller = {}): Promise<CustomerTurn> {
    return this.measure('message', conversationId, caller, () => super.say(conversationId, text, caller));
  }

  override click(conversationId: string, value: ButtonValue, label: string, caller: Caller = {}): Promise<CustomerTurn> {
    return this.measure('click', conversationId, caller, () => super.click(conversationId, value, label, caller));
  }

  private async measure<T extends CustomerTurn | null>(kind: TurnKind, conversationId: string, caller: Caller, turn: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    try {
      const outcome = await turn();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.turns.inc({ kind });
      this.metrics.turnSeconds.observe({ kind }, seconds);
      if (outcome?.handoff) this.metrics.handoffs.inc({ reason: outcome.handoff.reason });
      if (outcome) {
        const replies = outcome.replies.map((reply) => reply.key);
        this.logger.info({ ...requestFields(caller), conversationId, kind, step: outcome.step, replies, ms: Math.round(seconds * 1000) }, 'turn answered');
      }
      return outcome;
    } catch (error) {
      this.metrics.turnErrors.inc({ kind });
      throw error;
    }
  }
}
