import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { findAuPhone, findEmail, normaliseAuPhone } from './contact';
import type { Order } from './order';

/** What a customer offers to prove the order is theirs; values are already normalised (lower-case e-mail, E.164 phone). */
export const ContactDetailSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), value: z.string().min(1) }),
  z.object({ kind: z.literal('phone'), value: z.string().min(1) }),
]);
export type ContactDetail = z.infer<typeof ContactDetailSchema>;

/**
 * The contact detail in a customer's reply, e-mail first. A reply that is
 * nothing but a number is read as a phone even without its 0 ("412 345 678"):
 * the customer was asked for one. Inside a sentence only numbers written with
 * 0 or + count (see contact.ts).
 */
export function extractContact(text: string): ContactDetail | null {
  const email = findEmail(text);
  if (email !== null) return { kind: 'email', value: email };
  const inSentence = findAuPhone(text);
  if (inSentence !== null) return { kind: 'phone', value: inSentence.e164 };
  const wholeReply = normaliseAuPhone(text);
  return wholeReply === null ? null : { kind: 'phone', value: wholeReply };
}

/**
 * Whether the detail matches the one on the order. A plain yes/no on purpose:
 * the reply to the customer must not reveal which detail was wrong or what
 * the right one is. Both sides are hashed to equal-length digests and
 * compared in constant time, and the comparison runs even when the order has
 * nothing to compare with, so response timing says nothing either.
 */
export function contactMatchesOrder(order: Order, contact: ContactDetail): boolean {
  const onOrder = contactOnOrder(order, contact.kind);
  const offered = contact.kind === 'email' ? canonicalEmail(contact.value) : normaliseAuPhone(contact.value);
  const same = digestsEqual(onOrder ?? '', offered ?? '');
  return onOrder !== null && offered !== null && same;
}

function contactOnOrder(order: Order, kind: ContactDetail['kind']): string | null {
  if (kind === 'email') return canonicalEmail(order.customer.email);
  return order.customer.phone === null ? null : normaliseAuPhone(order.customer.phone);
}

/*
 * The contract compares e-mail trimmed and case-insensitively; the order's
 * own address is not re-validated, so an odd legacy address still matches
 * itself.
 */
function canonicalEmail(value: string): string | null {
  const canonical = value.trim().toLowerCase();
  return canonical === '' ? null : canonical;
}

function digestsEqual(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
