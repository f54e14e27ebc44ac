import { buttonsForOffers } from '../../dialogs/customer-copy/offer-labels';
import type { TurnOutcome } from '../../src/conversation/run-support-turn';
import type { MessageKey } from '../../state-machines/support-messages';
import { renderForCustomer } from './customer-copy';
import { ConversationDriver, MANY_PARCELS_ORDER, procedureHarness, replyKeys, type HarnessOptions } from './procedure-harness';
import { trainedUnderstander } from './trained-understander';

export interface TypedTurn {
  outcome: TurnOutcome;
  keys: MessageKey[];
  /** Every reply of the turn as the customer reads it. */
  text: string;
  /** The titles of the buttons on screen after the turn. */
  buttons: string[];
}

/**
 * A conversation typed by a customer: the real trained understander reads
 * each message against what the conversation is waiting for, the real
 * machine answers over the fixture orders (and the many-parcels order), and
 * the replies are rendered as the bot renders them.
 */
export async function typedConversation(options: HarnessOptions = {}) {
  const driver = new ConversationDriver(procedureHarness({ extraOrders: [MANY_PARCELS_ORDER], ...options }), 'typed', await trainedUnderstander());
  return {
    driver,
    cases: (orderNumber: string) => driver.harness.caseStore.casesForOrder(orderNumber),
    says: async (text: string): Promise<TypedTurn> => {
      const outcome = await driver.say(text);
      return {
        outcome,
        keys: replyKeys(outcome),
        text: outcome.replies.map(renderForCustomer).join('\n'),
        buttons: buttonsForOffers(outcome.offers).map((button) => button.title),
      };
    },
  };
}
