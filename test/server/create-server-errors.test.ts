import { loadConfig } from '../../src/config/load-config';
import { createBotAdapter } from '../../src/server/create-bot-adapter';
import { createServer } from '../../src/server/create-server';
import { close, listen } from '../../src/server/listen';
import { TestBot } from '../support/test-bot';
import { captureLogger, ERROR } from './support/capture-logger';

/**
 * The server runs without restify's domain-based catch-all (it costs every
 * promise an async hook): a handler that fails must still answer 500 without
 * internals and leave the server serving.
 */
describe('the server without domains', () => {
  const { logger, lines } = captureLogger();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const server = createServer({ config, adapter: createBotAdapter(config, logger), bot: new TestBot(), logger, directLine: false });
  let baseUrl = '';

  beforeAll(async () => {
    server.get('/test-only/fails', async () => {
      throw new Error('database password is hunter2');
    });
    baseUrl = await listen(server, 0, '127.0.0.1');
  });
  afterAll(() => close(server));

  it('answers a failing handler with 500, logs it, and keeps serving', async () => {
    const response = await fetch(`${baseUrl}/test-only/fails`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('hunter2');
    expect(lines).toContainEqual(expect.objectContaining({ level: ERROR, path: '/test-only/fails' }));
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });
});
