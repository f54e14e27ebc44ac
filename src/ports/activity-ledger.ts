/** What the ledger knows of an activity id: new to it, or seen before with the replies it got (null while that first delivery is still running). */
export type ActivityClaim = { kind: 'first' } | { kind: 'seen'; replies: unknown };

/**
 * Activity ids recently processed, shared by every instance: channels
 * redeliver an activity with the same id when our answer was slow, and the
 * retry must not be processed a second time. Entries expire by themselves.
 */
export interface ActivityLedger {
  /** Atomic: of two deliveries racing, exactly one gets 'first'. */
  claim(key: string): Promise<ActivityClaim>;
  /** The replies sent for a claimed activity (JSON), for answering a redelivery the same way. */
  complete(key: string, replies: unknown): Promise<void>;
  /** Forgets a claim whose turn failed or was not saved, so the channel's retry is processed. */
  release(key: string): Promise<void>;
}
