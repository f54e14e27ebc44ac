import { customerCopy } from '../../dialogs/customer-copy/customer-copy';
import { defaultDeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import { buttonsForOffers, type OfferButton } from '../../dialogs/customer-copy/offer-labels';
import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { InMemoryConversationStore } from '../../src/adapters/in-memory-conversation-store';
import { CustomerConversations } from '../../src/conversation/customer-conversations';
import type { TurnOutcome } from '../../src/conversation/run-support-turn';
import type { CaseNote, OpenCaseRequest, SupportCase } from '../../src/domain/support-case';
import type { CaseStore, OpenedCase } from '../../src/ports/case-store';
import { procedureHarness } from '../support/procedure-harness';
import type { EvaluationConversation, TurnExpectation } from './evaluation-set-schema';
import { plainText } from './plain-text';

const COPY = customerCopy(defaultDeliveryTimeframes);

export interface TurnRecord {
  customer: string;
  bot: string;
  buttons: string[];
  failures: string[];
}

export interface ConversationResult {
  id: string;
  passed: boolean;
  turns: TurnRecord[];
}

/** Remembers every case reference the procedure was given, so a turn can tell whether it opened a new one. */
class CaseWatcher implements CaseStore {
  readonly references = new Set<string>();

  constructor(private readonly inner: CaseStore) {}

  async open(request: OpenCaseRequest): Promise<OpenedCase> {
    const opened = await this.inner.open(request);
    this.references.add(opened.supportCase.reference);
    return opened;
  }

  casesForOrder(orderNumber: string): Promise<SupportCase[]> {
    return this.inner.casesForOrder(orderNumber);
  }

  addNote(reference: string, text: string): Promise<boolean> {
    return this.inner.addNote(reference, text);
  }

  notesOf(reference: string): Promise<CaseNote[]> {
    return this.inner.notesOf(reference);
  }
}

function check(expect: TurnExpectation | undefined, text: string, buttons: string[], opened: boolean, handedOver: boolean): string[] {
  if (!expect) return [];
  const failures: string[] = [];
  const matches = (source: string, value: string) => new RegExp(source, 'iu').test(value);
  for (const source of expect.says) if (!matches(source, text)) failures.push(`does not say /${source}/`);
  for (const source of expect.neverSays) if (matches(source, text)) failures.push(`says /${source}/`);
  for (const source of expect.buttons) if (!buttons.some((b) => matches(source, b))) failures.push(`offers no button /${source}/`);
  if (expect.opensCase !== undefined && expect.opensCase !== opened) failures.push(opened ? 'opens a case' : 'opens no case');
  if (expect.handsOver !== undefined && expect.handsOver !== handedOver) failures.push(handedOver ? 'hands over' : 'does not hand over');
  return failures;
}

/**
 * Plays one conversation through the same use case as the bot (real
 * understanding, machine, fixture orders and customer copy) at the fixtures'
 * anchor instant, and checks each turn's replies against its expectations.
 */
export async function evaluateConversation(conversation: EvaluationConversation, understander: Understander): Promise<ConversationResult> {
  const harness = procedureHarness({ cases: (inMemory) => new CaseWatcher(inMemory) });
  const cases = harness.ports.cases;
  if (!(cases instanceof CaseWatcher)) throw new Error('the harness did not take the case watcher');
  const { procedure } = harness;
  const conversations = new CustomerConversations({ procedure, understander, store: new InMemoryConversationStore(harness.clock), clock: harness.clock });
  const caller = conversation.signedInAs === undefined ? {} : { signedInCustomerId: conversation.signedInAs };
  const id = `eval-${conversation.id}`;

  let buttons: OfferButton[] = [];
  const welcome = await conversations.start(id, caller);
  if (welcome) buttons = buttonsForOffers(welcome.offers);

  const turns: TurnRecord[] = [];
  for (const turn of conversation.turns) {
    harness.clock.advance((turn.waitMinutes ?? 1) * 60_000);
    const casesBefore = cases.references.size;
    let outcome: TurnOutcome | null = null;
    let customer: string;
    if ('say' in turn) {
      customer = turn.say;
      outcome = await conversations.say(id, turn.say, caller);
    } else {
      const button = buttons.find((b) => new RegExp(turn.click, 'iu').test(b.title));
      customer = `[clicks ${button?.title ?? `/${turn.click}/ (not offered)`}]`;
      if (button) outcome = await conversations.click(id, button.value, button.title, caller);
    }
    const text = outcome ? outcome.replies.map((reply) => plainText(COPY.render(reply))).join('\n') : '';
    buttons = outcome ? buttonsForOffers(outcome.offers) : buttons;
    const titles = buttons.map((b) => b.title);
    const failures = outcome
      ? check(turn.expect, text, titles, cases.references.size > casesBefore, outcome.handoff !== null)
      : [`no button matches /${'click' in turn ? turn.click : ''}/`];
    turns.push({ customer, bot: text, buttons: titles, failures });
  }
  return { id: conversation.id, passed: turns.every((t) => t.failures.length === 0), turns };
}
