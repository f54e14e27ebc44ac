import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL, waitUntil } from './support/activities';
import { refusedBaseUrl, startScriptedHttpServer, type ScriptedHttpServer } from '../support/scripted-http-server';

/**
 * The real process (npm start's src/index.ts) receiving SIGTERM while a turn
 * is waiting on the order system: it stops accepting connections, answers
 * that turn, and exits 0.
 */

const ROOT = path.resolve(__dirname, '../..');
let oms: ScriptedHttpServer;
let child: ChildProcess | null = null;

beforeAll(async () => {
  oms = await startScriptedHttpServer();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await oms.close();
});

test('SIGTERM mid-turn: new connections are refused, the turn in flight is answered, and the process exits 0', async () => {
  const port = new URL(await refusedBaseUrl()).port;
  const held: { response: ServerResponse | null } = { response: null };
  oms.script((res) => {
    held.response = res;
  });
  const proc = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'info', ORDER_SOURCE: 'http', ORDER_API_URL: oms.baseUrl, ORDER_API_TIMEOUT_MS: '30000', DIRECT_LINE_DEV: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let output = '';
  proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  await waitUntil(() => output.includes('Bot listening'));
  const baseUrl = `http://127.0.0.1:${port}`;

  const activity = messageActivity({ text: '4000123456 sam.nguyen@example.com', conversationId: 'c-sigterm', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' });
  const turn = postJson(`${baseUrl}/api/messages`, activity);
  await waitUntil(() => held.response !== null);

  proc.kill('SIGTERM');
  await waitUntil(() => output.includes('Shutting down'));
  await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow();

  const { response } = held;
  if (response === null) throw new Error('the order system was never asked');
  response.writeHead(404);
  response.end();
  const answered = await turn;
  expect(answered.status).toBe(200);
  expect(JSON.stringify(answered.json)).toMatch(/couldn't match those details/);
  expect(await exited).toBe(0);
}, 60_000);
