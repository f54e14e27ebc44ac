import type { CustomerCopy } from '../../dialogs/customer-copy/customer-copy';
import type { SupportMessage } from '../../state-machines/support-messages';

/**
 * The customer copy, remembering the words of each message object it has
 * rendered. A turn's replies are rendered twice, for the stored transcript and
 * for the activities sent, from the same objects; an order's status was
 * worked out in full both times (about 1.5% of the bot's CPU under load).
 * Keyed weakly by the object, so nothing outlives the turn's messages.
 */
export function rememberingCopy(copy: CustomerCopy): CustomerCopy {
  const rendered = new WeakMap<SupportMessage, string>();
  return {
    render: (message) => {
      const known = rendered.get(message);
      if (known !== undefined) return known;
      const text = copy.render(message);
      rendered.set(message, text);
      return text;
    },
  };
}
