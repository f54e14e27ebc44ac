import pino, { type DestinationStream, type Logger } from 'pino';
import type { Env } from '../config/config-schema';
import { scrubText, scrubValue } from './pii-scrub';
import { currentRequestId } from './request-context';

/**
 * Fields that hold personal details wherever they appear in a log record (to
 * three levels down): censored by pino's own redaction before anything else
 * looks at them. What is left is scrubbed as free text (pii-scrub.ts).
 */
const PERSONAL_FIELDS = [
  'email',
  'phone',
  'contact',
  'lastContact',
  'verifiedContact',
  'firstName',
  'lastName',
  'fullName',
  'customer',
  'deliveryAddress',
  'address',
  'pendingAddress',
  'customerSaid',
  'text',
  'customerToken',
  'authorization',
];
export const REDACTED_PATHS = PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

/** The process's logger: JSON lines with the request id of the request being served, and no personal details. */
export function createLogger(config: Pick<Env, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { requestId };
    },
    formatters: {
      log: (record) => {
        const scrubbed = scrubValue(record);
        return typeof scrubbed === 'object' && scrubbed !== null ? { ...scrubbed } : record;
      },
    },
    hooks: {
      logMethod(args, method) {
        // The message string (and any format arguments) are free text too.
        const scrubbedArgs = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg));
        return method.apply(this, scrubbedArgs as Parameters<typeof method>);
      },
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
