import pino, { type Logger } from 'pino';
import { z } from 'zod';

const LogLineSchema = z.object({ level: z.number(), msg: z.string().default('') }).loose();

export type LogLine = z.infer<typeof LogLineSchema>;

/** A real pino logger whose lines the test can read back. */
export function captureLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        lines.push(LogLineSchema.parse(JSON.parse(line)));
      },
    },
  );
  return { logger, lines };
}

export const WARN = 40;
export const ERROR = 50;
