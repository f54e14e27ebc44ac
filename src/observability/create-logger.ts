import pino, { type DestinationStream, type Logger } from 'pino';
import type { Env } from '../config/config-schema';
import { scrubText, scrubValue, type PersonalFields } from './pii-scrub';

/**
 * Fields that hold personal details: censored wherever they appear in a log
 * record, to three levels down, in the same walk that scrubs the remaining
 * strings as free text (pii-scrub.ts). pino's own `redact` censors them at the
 * top level too, which also covers child loggers' bindings (they do not go
 * through the log formatter).
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
const CENSOR = '[redacted]';
const PERSONAL: PersonalFields = { names: new Set(PERSONAL_FIELDS), depth: 3, censor: CENSOR };

/** The process's logger: JSON lines without personal details. Lines about a request carry its id as they are written (request-context.ts). */
export function createLogger(config: Pick<Env, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    redact: { paths: PERSONAL_FIELDS, censor: CENSOR },
    formatters: {
      log: (record) => {
        const scrubbed = scrubValue(record, PERSONAL);
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
