import * as chrono from 'chrono-node';
import { FINDING_MESSAGES } from '../../../dialogs/agent-copy/finding-messages';
import { findAuPhones, findEmails } from '../../domain/contact';
import type { DraftRule } from './draft-facts';
import { trackingLikeTokens } from './draft-facts';

const STATUS_WORDS = /\b(delivered|dispatched|shipped|out for delivery|in transit|on (its|it's) way|ready (to|for) collect(ion)?|collected)\b/i;
const CARRIER_WORDS = /\b(australia post|auspost|startrack|star track|aramex|couriers ?please|tnt|dhl|team global express|toll|sendle)\b/i;

/** Order details in a draft while the customer is not verified: the article's first rule. */
export const unverifiedOrderDetails: DraftRule = (draft, facts) => {
  if (facts.verified && facts.order !== null) return [];
  const what = [
    trackingLikeTokens(draft).length > 0 && 'a tracking number',
    STATUS_WORDS.test(draft) && 'a delivery status',
    CARRIER_WORDS.test(draft) && 'a carrier',
    chrono.parse(draft, facts.now).length > 0 && 'a date',
  ].filter((part): part is string => typeof part === 'string');
  if (what.length === 0) return [];
  return [{ severity: 'block', code: 'unverified_order_details', message: FINDING_MESSAGES.unverified_order_details(what.join(', ')) }];
};

/** An e-mail or phone the customer never gave: most likely another customer's, pasted by mistake. */
export const otherCustomerContact: DraftRule = (draft, facts) => {
  const details = [...findEmails(draft).map((e) => ({ key: e.value, shown: e.value })), ...findAuPhones(draft).map((p) => ({ key: p.e164, shown: draft.slice(p.start, p.end) }))];
  return details
    .filter((detail) => !facts.ownContacts.has(detail.key))
    .map((detail) => ({ severity: 'block' as const, code: 'other_customer_contact', message: FINDING_MESSAGES.other_customer_contact(detail.shown) }));
};

export { CARRIER_WORDS, STATUS_WORDS };
