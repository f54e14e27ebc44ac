import type { Activity, Transcript, TranscriptLogger } from 'botbuilder';

/**
 * Keeps the recent activities of recent conversations, for the transcript a
 * handoff carries. Bounded both ways so a long-running process does not grow
 * without limit (botbuilder's MemoryTranscriptStore keeps everything forever).
 */
export class BoundedTranscriptLog implements TranscriptLogger {
  private readonly byConversation = new Map<string, Activity[]>();

  constructor(
    private readonly maxActivitiesPerConversation = 100,
    private readonly maxConversations = 1000,
  ) {}

  logActivity(activity: Activity): void {
    const id = activity.conversation?.id;
    if (!id || activity.type === 'typing') return;
    const activities = this.byConversation.get(id) ?? [];
    // Re-inserting moves the conversation to the end, so the oldest idle one is evicted first.
    this.byConversation.delete(id);
    activities.push(activity);
    if (activities.length > this.maxActivitiesPerConversation) activities.shift();
    this.byConversation.set(id, activities);
    if (this.byConversation.size > this.maxConversations) {
      const oldest = this.byConversation.keys().next().value;
      if (oldest !== undefined) this.byConversation.delete(oldest);
    }
  }

  transcriptOf(conversationId: string): Transcript {
    return { activities: [...(this.byConversation.get(conversationId) ?? [])] };
  }
}
