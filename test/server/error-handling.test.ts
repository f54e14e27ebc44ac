import restify from 'restify';
import { installErrorHandling } from '../../src/server/error-handling';
import { close, listen } from '../../src/server/listen';
import { captureLogger, ERROR } from './support/capture-logger';

describe('central error handling', () => {
  let baseUrl: string;
  let server: restify.Server;
  const { logger, lines } = captureLogger();

  beforeAll(async () => {
    server = restify.createServer({ handleUncaughtExceptions: true });
    installErrorHandling(server, logger);
    server.get('/async-throw', async () => {
      throw new Error('database password is hunter2');
    });
    server.get('/sync-throw', (_req, _res, _next) => {
      throw new Error('sync failure');
    });
    server.get('/throw-later', (_req, _res, _next) => {
      setImmediate(() => {
        throw new Error('failure in a callback');
      });
    });
    server.get('/fine', async (_req, res) => {
      res.send(200, { fine: true });
    });
    baseUrl = await listen(server, 0, '127.0.0.1');
  });
  afterAll(() => close(server));

  it.each(['/async-throw', '/sync-throw', '/throw-later'])(
    '%s answers 500 without internals, logs the error, and the server keeps serving',
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ code: 'Internal', message: 'Internal server error.' });
      expect(body).not.toMatch(/hunter2|failure/);
      expect(lines).toContainEqual(expect.objectContaining({ level: ERROR, path, err: expect.objectContaining({ type: 'Error' }) }));

      const after = await fetch(`${baseUrl}/fine`);
      expect(after.status).toBe(200);
    },
  );

  it('keeps the status and reason of a refusal, e.g. an unknown route', async () => {
    const response = await fetch(`${baseUrl}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'ResourceNotFound', message: expect.stringContaining('/no-such-page') });
  });
});
