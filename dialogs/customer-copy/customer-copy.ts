import type { DeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import type { MessageDataByKey, MessageKey, SupportMessage } from '../../state-machines/support-messages';
import { addressCopy } from './address-copy';
import { carrierCopy } from './carrier-copy';
import { collectionCopy } from './collection-copy';
import type { CopyFor } from './copy-types';
import { conversationCopy } from './conversation-copy';
import { escalationCopy } from './escalation-copy';
import { generalAnswersCopy } from './general-answers-copy';
import { lookupCopy } from './lookup-copy';
import { orderStatusCopy } from './order-status-copy';
import { parcelCopy } from './parcel-copy';
import { remedyCopy } from './remedy-copy';

/** The procedure's messages in words for a customer (markdown, as Web Chat renders it). */
export interface CustomerCopy {
  render(message: SupportMessage): string;
}

/**
 * The customer copy for a deployment: general answers quote its published
 * timeframes. Every key must have copy: a missing one fails to compile here.
 */
export function customerCopy(timeframes: DeliveryTimeframes): CustomerCopy {
  const copy: CopyFor<MessageKey> = {
    ...lookupCopy,
    ...orderStatusCopy(timeframes),
    ...collectionCopy(timeframes),
    ...carrierCopy,
    ...parcelCopy(timeframes),
    ...remedyCopy,
    ...addressCopy,
    ...escalationCopy,
    ...generalAnswersCopy(timeframes),
    ...conversationCopy,
  };
  const render = <K extends MessageKey>(key: K, data: MessageDataByKey[K]): string => copy[key](data);
  return { render: (message) => render(message.key, message.data) };
}
