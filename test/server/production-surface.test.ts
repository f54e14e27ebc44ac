import { spawn } from 'node:child_process';
import path from 'node:path';
import { startRealBotServer, type RealBotServer } from '../support/real-bot-server';
import { refusedBaseUrl } from '../support/scripted-http-server';
import { waitUntil } from './support/activities';

const ROOT = path.resolve(__dirname, '../..');
const PRODUCTION = {
  NODE_ENV: 'production',
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'not-a-real-secret',
  ORDER_SOURCE: 'http',
  ORDER_API_URL: 'http://127.0.0.1:9/api/v1',
  COPILOT_API_KEYS: 'agent-key-of-the-test',
};

describe('production serves only what ships', () => {
  let server: RealBotServer;
  beforeAll(async () => {
    server = await startRealBotServer(PRODUCTION);
  }, 60_000);
  afterAll(() => server?.close());

  it.each(['/', '/vendor/webchat.js', '/vendor/directline.js', '/static/web-chat-page.js', '/agent', '/static/agent.js', '/dev/fixture-orders', '/dev/customers'])(
    'GET %s answers 404 even with the copilot API on',
    async (route) => {
      expect((await fetch(`${server.baseUrl}${route}`)).status).toBe(404);
    },
  );

  it('still answers /healthz and the copilot API (401 without a key)', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/copilot/sessions/s-1`)).status).toBe(401);
  });
});

/** Starts src/index.ts as `npm start` would and collects its output until it exits or says it listens. */
function runEntryPoint(env: Record<string, string>): { output: () => string; exited: Promise<number | null>; stop: () => Promise<unknown> } {
  const proc = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  // SIGTERM, which tsx passes on to the node process it started (a SIGKILL would orphan that one, still listening).
  const stop = () => {
    proc.kill('SIGTERM');
    return exited;
  };
  return { output: () => output, exited, stop };
}

describe('start-up', () => {
  it('names the address it actually listens on (0.0.0.0 in production)', async () => {
    const port = new URL(await refusedBaseUrl()).port;
    const run = runEntryPoint({ ...PRODUCTION, PORT: port, HOST: '0.0.0.0' });
    try {
      await waitUntil(() => run.output().includes('Bot listening') || run.output().includes('Invalid configuration'));
      expect(run.output()).toContain(`Bot listening on http://0.0.0.0:${port}`);
    } finally {
      await run.stop();
    }
  }, 60_000);

  it('refuses HOST=0.0.0.0 in development without an app id, naming HOST', async () => {
    const run = runEntryPoint({ NODE_ENV: 'development', HOST: '0.0.0.0', PORT: '0' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/HOST: "0\.0\.0\.0" is not a loopback address/);
    expect(run.output()).not.toContain('Bot listening');
  }, 60_000);

  it('refuses ORDER_SOURCE=fixtures in production, naming ORDER_SOURCE', async () => {
    const run = runEntryPoint({ ...PRODUCTION, ORDER_SOURCE: 'fixtures', PORT: '0' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/ORDER_SOURCE: cannot be fixtures when NODE_ENV=production/);
  }, 60_000);
});
