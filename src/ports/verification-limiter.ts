/** One attempt to prove an order is yours: the order asked about, and who asked (a channel user or signed-in customer; null when unknown). */
export interface VerificationAttempt {
  orderNumber: string;
  requester: string | null;
}

/** Which limit stops an attempt: the order has been guessed at too often, or this person has failed too often. */
export type VerificationLimit = 'order' | 'requester';

/**
 * Failed verifications counted across conversations and instances, so a
 * guesser cannot start a new chat (or reach another instance) for more tries.
 */
export interface VerificationLimiter {
  /** The limit this attempt is over, or null when it may go ahead. */
  limitFor(attempt: VerificationAttempt): Promise<VerificationLimit | null>;
  recordFailure(attempt: VerificationAttempt): Promise<void>;
}
