import { randomBytes } from 'node:crypto';
import type { Clock } from '../../../ports/clock';
import type { DirectLineActivity } from './direct-line-activity';

export interface DirectLineStoreLimits {
  tokenLifetimeSeconds: number;
  idleTimeoutMs: number;
  maxActivitiesPerConversation: number;
  maxConversations: number;
  /** How many one client (a remote address) may hold; its own least recently active one makes room. */
  maxConversationsPerClient: number;
}

export const DEFAULT_DIRECT_LINE_LIMITS: DirectLineStoreLimits = {
  tokenLifetimeSeconds: 1800,
  idleTimeoutMs: 30 * 60 * 1000,
  maxActivitiesPerConversation: 500,
  maxConversations: 1000,
  maxConversationsPerClient: 20,
};

interface StoredActivity {
  sequence: number;
  activity: DirectLineActivity;
}

export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  /** Who asked for it (the remote address): making room only ever evicts that client's own conversations. */
  readonly client: string;
  token: string;
  tokenExpiresAt: number;
  lastActiveAt: number;
  /** Settles once the bot has been told about the new conversation; shared so it happens once. */
  started: Promise<void> | undefined;
  readonly log: StoredActivity[];
  lastSequence: number;
}

export type TokenCheck =
  | { kind: 'valid'; conversation: DirectLineConversation }
  | { kind: 'expired' }
  | { kind: 'unknown' };

const randomId = (bytes: number): string => randomBytes(bytes).toString('base64url');

/**
 * In-memory conversations of the development Direct Line endpoint. Bounded on purpose: a capped
 * log per conversation, a capped number of conversations per client and in all, and idle ones
 * forgotten. Anyone may ask for a token, so a new conversation only ever pushes out one of the
 * same client's: a flood of token requests cannot evict somebody else's live chat.
 */
export class DirectLineStore {
  private readonly conversations = new Map<string, DirectLineConversation>();
  private readonly conversationIdsByToken = new Map<string, string>();

  constructor(
    private readonly clock: Clock,
    readonly limits: DirectLineStoreLimits = DEFAULT_DIRECT_LINE_LIMITS,
  ) {}

  /** A new conversation for the client, or undefined when every place is held by other clients' conversations. */
  create(client = 'local'): DirectLineConversation | undefined {
    this.forgetIdle();
    const own = [...this.conversations.values()].filter((conversation) => conversation.client === client);
    if (own.length >= this.limits.maxConversationsPerClient || this.conversations.size >= this.limits.maxConversations) {
      const oldestOwn = leastRecentlyActive(own);
      if (oldestOwn === undefined) return undefined;
      this.forget(oldestOwn);
    }
    const now = this.nowMs();
    const conversation: DirectLineConversation = {
      id: randomId(16),
      userId: `dl_${randomId(9)}`,
      client,
      token: randomId(32),
      tokenExpiresAt: now + this.limits.tokenLifetimeSeconds * 1000,
      lastActiveAt: now,
      started: undefined,
      log: [],
      lastSequence: 0,
    };
    this.conversations.set(conversation.id, conversation);
    this.conversationIdsByToken.set(conversation.token, conversation.id);
    return conversation;
  }

  checkToken(token: string): TokenCheck {
    this.forgetIdle();
    const id = this.conversationIdsByToken.get(token);
    const conversation = id === undefined ? undefined : this.conversations.get(id);
    if (conversation === undefined) return { kind: 'unknown' };
    if (conversation.tokenExpiresAt <= this.nowMs()) return { kind: 'expired' };
    this.touch(conversation);
    return { kind: 'valid', conversation };
  }

  /** Replaces the token: the old one stops working at once. */
  refreshToken(conversation: DirectLineConversation): void {
    this.conversationIdsByToken.delete(conversation.token);
    conversation.token = randomId(32);
    conversation.tokenExpiresAt = this.nowMs() + this.limits.tokenLifetimeSeconds * 1000;
    this.conversationIdsByToken.set(conversation.token, conversation.id);
  }

  find(conversationId: string): DirectLineConversation | undefined {
    this.forgetIdle();
    const conversation = this.conversations.get(conversationId);
    if (conversation !== undefined) this.touch(conversation);
    return conversation;
  }

  /** Stores an activity under a new id and returns the stored copy. */
  append(conversation: DirectLineConversation, activity: DirectLineActivity): DirectLineActivity {
    conversation.lastSequence += 1;
    const stored: DirectLineActivity = {
      ...activity,
      id: `${conversation.id}|${String(conversation.lastSequence).padStart(7, '0')}`,
      timestamp: typeof activity.timestamp === 'string' ? activity.timestamp : this.clock.now().toISOString(),
      conversation: { id: conversation.id },
    };
    conversation.log.push({ sequence: conversation.lastSequence, activity: stored });
    if (conversation.log.length > this.limits.maxActivitiesPerConversation) conversation.log.shift();
    return stored;
  }

  /** Activities after the watermark (all kept ones when there is none) and the watermark to send next time. */
  activitiesAfter(
    conversation: DirectLineConversation,
    watermark: number | undefined,
  ): { activities: DirectLineActivity[]; watermark: string } {
    const after = watermark ?? 0;
    const activities = conversation.log.filter((entry) => entry.sequence > after).map((entry) => entry.activity);
    return { activities, watermark: String(Math.max(after, conversation.lastSequence)) };
  }

  replace(conversation: DirectLineConversation, activityId: string, activity: DirectLineActivity): boolean {
    const entry = conversation.log.find((candidate) => candidate.activity.id === activityId);
    if (entry === undefined) return false;
    entry.activity = { ...activity, id: activityId, conversation: { id: conversation.id } };
    return true;
  }

  remove(conversation: DirectLineConversation, activityId: string): boolean {
    const index = conversation.log.findIndex((candidate) => candidate.activity.id === activityId);
    if (index === -1) return false;
    conversation.log.splice(index, 1);
    return true;
  }

  get size(): number {
    return this.conversations.size;
  }

  private touch(conversation: DirectLineConversation): void {
    conversation.lastActiveAt = this.nowMs();
  }

  private forget(conversation: DirectLineConversation): void {
    this.conversations.delete(conversation.id);
    this.conversationIdsByToken.delete(conversation.token);
  }

  private forgetIdle(): void {
    const cutoff = this.nowMs() - this.limits.idleTimeoutMs;
    for (const conversation of this.conversations.values()) {
      if (conversation.lastActiveAt <= cutoff) this.forget(conversation);
    }
  }

  private nowMs(): number {
    return this.clock.now().getTime();
  }
}

function leastRecentlyActive(conversations: readonly DirectLineConversation[]): DirectLineConversation | undefined {
  let oldest: DirectLineConversation | undefined;
  for (const conversation of conversations) {
    if (oldest === undefined || conversation.lastActiveAt < oldest.lastActiveAt) oldest = conversation;
  }
  return oldest;
}
