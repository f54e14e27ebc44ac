import type { MessageDataByKey, MessageKey } from '../../state-machines/support-messages';

/**
 * Copy for some message keys. The themed files each provide a slice and
 * customer-copy.ts requires the union to cover every key, so a key added to
 * the procedure without words fails to compile.
 */
export type CopyFor<K extends MessageKey> = { [P in K]: (data: MessageDataByKey[P]) => string };
