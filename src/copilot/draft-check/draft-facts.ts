import type { ContactDetail } from '../../domain/verification';
import type { SupportCase } from '../../domain/support-case';
import type { OrderView } from '../../domain/order-view';
import type { Finding } from '../suggestion';

/** What a draft is checked against: the verified order (or none), what the customer gave, the open cases, the time. */
export interface DraftFacts {
  verified: boolean;
  order: OrderView | null;
  /** Contact details the customer gave in this chat or checked out with (normalised e-mail, E.164 phone). */
  ownContacts: ReadonlySet<string>;
  cases: readonly SupportCase[];
  now: Date;
}

export type DraftRule = (draft: string, facts: DraftFacts) => Finding[];

export function contactKey(detail: ContactDetail): string {
  return detail.kind === 'email' ? detail.value.toLowerCase() : detail.value;
}

/** Tracking-number shapes: letters and digits together, long enough not to be a word or a price; not part of a case reference. */
export function trackingLikeTokens(draft: string): string[] {
  const tokens = draft.match(/(?<![\w-])(?=[A-Z0-9]*\d{4})(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,30}(?![\w-])/gi) ?? [];
  return [...new Set(tokens.map((t) => t.toUpperCase()))];
}
