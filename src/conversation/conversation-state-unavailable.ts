/**
 * The conversation could not be read or saved (Redis down, or another
 * instance kept saving first). Nothing the customer said was acted on; the
 * channel tells them to try again shortly.
 */
export class ConversationStateUnavailable extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'ConversationStateUnavailable';
  }
}
