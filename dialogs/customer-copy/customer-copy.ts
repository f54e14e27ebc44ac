import type { MessageDataByKey, MessageKey, SupportMessage } from '../../state-machines/support-messages';
import type { CopyFor } from './copy-types';
import { conversationCopy } from './conversation-copy';
import { escalationCopy } from './escalation-copy';
import { lookupCopy } from './lookup-copy';
import { orderStatusCopy } from './order-status-copy';
import { parcelCopy } from './parcel-copy';

/**
 * The procedure's messages in words for Kmart customers (markdown, as Web
 * Chat renders it). Every key must have copy: a missing one fails here.
 */
const COPY: CopyFor<MessageKey> = {
  ...lookupCopy,
  ...orderStatusCopy,
  ...parcelCopy,
  ...escalationCopy,
  ...conversationCopy,
};

function render<K extends MessageKey>(key: K, data: MessageDataByKey[K]): string {
  return COPY[key](data);
}

export function renderForCustomer(message: SupportMessage): string {
  return render(message.key, message.data);
}
