import { startTestServer, type TestServer } from './support/start-test-server';

describe('the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      fixtureOrders: [
        { orderNumber: '4000123456', email: 'sam.nguyen@example.com', phone: '0412 345 678', description: 'Shipped, on its way' },
      ],
    });
  });
  afterAll(() => server.close());

  it('answers GET /healthz with status ok', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the chat page at /, loading Web Chat from this server rather than a CDN', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<script src="/vendor/webchat.js"></script>');
    expect(html).toContain('Try these orders');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it.each([
    ['/vendor/webchat.js', 'renderWebChat'],
    ['/vendor/directline.js', 'DirectLine'],
    ['/static/web-chat-page.js', 'createDirectLine'],
    ['/static/page.css', '.try-panel'],
  ])('serves %s', async (path, expected) => {
    const response = await fetch(`${server.baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(expected);
  });

  it('lists the sample orders the page offers', async () => {
    const response = await fetch(`${server.baseUrl}/dev/fixture-orders`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      { orderNumber: '4000123456', email: 'sam.nguyen@example.com', phone: '0412 345 678', description: 'Shipped, on its way' },
    ]);
  });
});

describe('the server without sample orders', () => {
  it('lists none', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.baseUrl}/dev/fixture-orders`);
      expect(await response.json()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe.each([
  ['the development tools turned off', { directLine: false }],
  ['authentication on (as in production)', { env: { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' } }],
])('the server with %s', (_, options) => {
  it('serves no page, bundles, sample orders or Direct Line: only what ships', async () => {
    const server = await startTestServer({ ...options, fixtureOrders: [] });
    try {
      for (const path of ['/', '/vendor/webchat.js', '/static/web-chat-page.js', '/dev/fixture-orders', '/dev/customers']) {
        expect([path, (await fetch(`${server.baseUrl}${path}`)).status]).toEqual([path, 404]);
      }
      expect((await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
