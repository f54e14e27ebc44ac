import { composeBotServer } from '../../../src/composition/compose-bot-server';
import { loadConfig } from '../../../src/config/load-config';
import { close, listen } from '../../../src/server/listen';
import { ControlledClock } from '../../support/procedure-harness';

export const COPILOT_KEY = 'test-key-0123456789';

export interface CopilotTestServer {
  baseUrl: string;
  clock: ControlledClock;
  call(method: string, path: string, body?: unknown, key?: string | null): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** The bot server exactly as src/index.ts composes it, with the copilot on (or off) and a clock the test moves. */
export async function startCopilotServer(env: Record<string, string> = { COPILOT_API_KEYS: `other-key,${COPILOT_KEY}` }): Promise<CopilotTestServer> {
  const clock = new ControlledClock();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const server = await composeBotServer(config, clock, (await import('pino')).default({ level: 'silent' }));
  const baseUrl = await listen(server, 0, '127.0.0.1');
  return {
    baseUrl,
    clock,
    call: async (method, path, body, key = COPILOT_KEY) => {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...(key === null ? {} : { Authorization: `Bearer ${key}` }), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
    },
    close: () => close(server),
  };
}
