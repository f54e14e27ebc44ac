import { z } from 'zod';
import { startCopilotServer, type CopilotTestServer } from './copilot-test-server';

let server: CopilotTestServer;
beforeAll(async () => {
  server = await startCopilotServer();
}, 60_000);
afterAll(() => server.close());

const Document = z.object({
  openapi: z.string().regex(/^3\.1\./),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.object({ responses: z.record(z.string(), z.unknown()) }).loose())),
  components: z.object({ schemas: z.record(z.string(), z.object({}).loose()) }).loose(),
});

/** Every "$ref" in the document, wherever it is. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner)));
}

describe('GET /api/copilot/openapi.json', () => {
  test('is an OpenAPI 3.1 document, served without a key, describing every call with schemas that resolve', async () => {
    const answer = await server.call('GET', '/api/copilot/openapi.json', undefined, null);
    expect(answer.status).toBe(200);
    const document = Document.parse(answer.body);
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/copilot/openapi.json',
      '/api/copilot/sessions/{sessionId}',
      '/api/copilot/sessions/{sessionId}/actions/{actionId}',
      '/api/copilot/sessions/{sessionId}/draft-check',
      '/api/copilot/sessions/{sessionId}/messages',
    ]);
    for (const ref of refsIn(document)) {
      expect(document.components.schemas[ref.replace('#/components/schemas/', '')]).toBeDefined();
    }
  });

  test('the request schema is the one that validates: what it forbids, the server refuses', async () => {
    const document = Document.parse((await server.call('GET', '/api/copilot/openapi.json', undefined, null)).body);
    const message = z
      .object({ properties: z.object({ from: z.object({ enum: z.array(z.string()) }).loose() }).loose(), required: z.array(z.string()) })
      .loose()
      .parse(document.components.schemas['MessageRequest']);
    expect(message.properties.from.enum.sort()).toEqual(['agent', 'customer']);
    expect(message.required.sort()).toEqual(['from', 'text']);
    expect((await server.call('POST', '/api/copilot/sessions/doc-1/messages', { from: 'supervisor', text: 'hi' })).status).toBe(400);
  });
});
