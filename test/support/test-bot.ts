import { ActivityHandler, ActivityTypes, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';

export const WELCOME_TEXT = 'Welcome to the test bot.';

/**
 * A small bot for server tests:
 * - echoes "You said: <text>";
 * - welcomes each added member other than itself on conversationUpdate;
 * - throws on "boom";
 * - "slow <ms>": sends a typing activity, waits, then answers "done slow <ms>";
 * - "hold <name>": waits until the test calls release(name), then answers "released <name>";
 * - "count": answers how many messages this conversation has had, kept in ConversationState
 *   (so a test can see state survive a failed turn).
 * Every message turn is recorded in turnLog as "start:<text>" and "end:<text>".
 */
export class TestBot extends ActivityHandler {
  readonly turnLog: string[] = [];
  private readonly holds = new Map<string, () => void>();
  private readonly conversationState = new ConversationState(new MemoryStorage());
  private readonly messageCount = this.conversationState.createProperty<number>('messageCount');

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      this.turnLog.push(`start:${text}`);
      try {
        await this.answer(context, text);
      } finally {
        this.turnLog.push(`end:${text}`);
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(WELCOME_TEXT);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context);
  }

  release(name: string): void {
    const resolve = this.holds.get(name);
    if (resolve === undefined) throw new Error(`Nothing is held under "${name}"`);
    this.holds.delete(name);
    resolve();
  }

  /** Lets every held turn finish, so a failed test cannot leave the server waiting on one. */
  releaseAll(): void {
    for (const name of [...this.holds.keys()]) this.release(name);
  }

  isHolding(name: string): boolean {
    return this.holds.has(name);
  }

  private async answer(context: TurnContext, text: string): Promise<void> {
    const count = (await this.messageCount.get(context, 0)) + 1;
    await this.messageCount.set(context, count);

    if (text === 'boom') throw new Error('boom: the test bot failed on purpose');
    if (text === 'count') {
      await context.sendActivity(`count: ${count}`);
      return;
    }
    const slow = /^slow (\d+)$/.exec(text);
    if (slow !== null) {
      await context.sendActivity({ type: ActivityTypes.Typing });
      await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
      await context.sendActivity(`done ${text}`);
      return;
    }
    const hold = /^hold (\S+)$/.exec(text);
    if (hold !== null && hold[1] !== undefined) {
      const name = hold[1];
      await new Promise<void>((resolve) => this.holds.set(name, resolve));
      await context.sendActivity(`released ${name}`);
      return;
    }
    await context.sendActivity(`You said: ${text}`);
  }
}
