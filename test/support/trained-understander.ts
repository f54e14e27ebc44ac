import { createUnderstander, DEFAULT_MAX_MESSAGE_LENGTH, type Understander, type UnderstanderOptions } from '../../dialogs/understanding/customer-message-understander';
import { DEFAULT_ORDER_NUMBER_PATTERN } from '../../src/domain/order-number';

const trained = new Map<string, Promise<Understander>>();

/**
 * One trained understander per pattern and length limit, shared by every test
 * in a file: training takes a moment, and the bot itself trains once at start.
 */
export function trainedUnderstander(
  options: UnderstanderOptions = { orderNumberPattern: DEFAULT_ORDER_NUMBER_PATTERN },
): Promise<Understander> {
  const { orderNumberPattern: pattern } = options;
  const key = `${pattern.source}/${pattern.flags}/${options.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH}`;
  const existing = trained.get(key);
  if (existing !== undefined) return existing;
  const created = createUnderstander(options);
  trained.set(key, created);
  // A failed training must not be remembered: the next caller tries again.
  created.catch(() => trained.delete(key));
  return created;
}
