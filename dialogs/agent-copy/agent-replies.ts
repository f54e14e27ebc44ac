import type { CustomerCopy } from '../customer-copy/customer-copy';
import type { MessageDataByKey, MessageKey, SupportMessage } from '../../state-machines/support-messages';
import { AGENT_WORDING, LIVE_CHAT_WORDING } from './agent-wording';
import { plainText } from './plain-text';

export interface AgentReply {
  suggestedReply: string;
  alternatives: string[];
}

/** `live`: the agent has been in this chat all along; otherwise they pick it up from the bot. */
export type ChatSituation = 'live' | 'picked_up';

function wordFor<K extends MessageKey>(key: K, data: MessageDataByKey[K], customerWords: string, situation: ChatSituation): string | null {
  const wording = (situation === 'live' ? LIVE_CHAT_WORDING[key] : undefined) ?? AGENT_WORDING[key];
  return wording === 'customer_words' ? customerWords : wording(data, customerWords);
}

/** One message of the procedure, as an agent would send it (plain text). */
export function agentWords(message: SupportMessage, customer: CustomerCopy, situation: ChatSituation = 'picked_up'): string | null {
  const customerWords = customer.render(message);
  const words = wordFor(message.key, message.data, customerWords, situation);
  return words === null ? null : plainText(words);
}

/** The first paragraph, or the first two sentences of a single one: for a customer who wants the gist. */
function shorter(reply: string): string | null {
  const [first, ...rest] = reply.split('\n\n');
  if (first === undefined) return null;
  if (rest.length > 0) return first;
  const sentenceList = first.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  return sentenceList.length > 2 ? sentenceList.slice(0, 2).join('').trim() : null;
}

/** The same reply, opened with thanks and the customer's name, for a customer who is upset. */
function warmer(reply: string, firstName: string | null): string {
  const withoutGreeting = reply.replace(/^Hi[^.!?\n]*[!.]\s*/, '');
  return `Thanks so much for your patience${firstName ? `, ${firstName}` : ''}, and I'm sorry for the trouble. ${withoutGreeting}`;
}

/** What the agent can send for a turn of the procedure, with a shorter and a warmer version. */
export function agentReplyFor(messages: readonly SupportMessage[], customer: CustomerCopy, firstName: string | null, situation: ChatSituation = 'picked_up'): AgentReply {
  const suggestedReply = messages
    .map((m) => agentWords(m, customer, situation))
    .filter((words): words is string => words !== null && words !== '')
    .join('\n\n');
  if (suggestedReply === '') return { suggestedReply, alternatives: [] };
  const short = shorter(suggestedReply);
  return { suggestedReply, alternatives: [...(short && short !== suggestedReply ? [short] : []), warmer(suggestedReply, firstName)] };
}
