import { TURN_ERROR_APOLOGY } from '../../src/server/on-turn-error';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector';
import { ERROR } from './support/capture-logger';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from './support/activities';
import { startTestServer, type TestServer } from './support/start-test-server';

describe('a bot turn that throws', () => {
  let server: TestServer;
  let connector: FakeConnector;

  beforeEach(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ env: { LOOPBACK_SERVICE_URLS: connector.serviceUrl } });
  });
  afterEach(async () => {
    await server.close();
    await connector.close();
  });

  const say = (text: string, conversationId = 'c-boom') =>
    postJson(`${server.baseUrl}/api/messages`, messageActivity({ text, conversationId, serviceUrl: connector.serviceUrl }));

  it('gets the customer a short apology instead of silence', async () => {
    const response = await say('boom');
    expect(response.status).toBe(200);
    expect(connector.textsFor('c-boom')).toEqual([TURN_ERROR_APOLOGY]);
    expect(TURN_ERROR_APOLOGY).toBe('Sorry, something went wrong on our side. Please try that again.');
  });

  it('apologises in the response body too when the channel expects replies', async () => {
    const response = await postJson(
      `${server.baseUrl}/api/messages`,
      messageActivity({ text: 'boom', conversationId: 'c-boom-expect', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' }),
    );
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ activities: [expect.objectContaining({ type: 'message', text: TURN_ERROR_APOLOGY })] });
  });

  it('is logged with the error and the conversation id', async () => {
    await say('boom');
    expect(server.logs).toContainEqual(
      expect.objectContaining({
        level: ERROR,
        conversationId: 'c-boom',
        err: expect.objectContaining({ message: 'boom: the test bot failed on purpose' }),
      }),
    );
  });

  it('leaves later turns working and the conversation state as it was', async () => {
    await say('first message');
    await say('boom');
    await say('count');
    // The failed turn saved nothing, but the count from before it survived; clearing state (as the
    // Bot Framework samples do) would have made this "count: 1".
    expect(connector.textsFor('c-boom')).toEqual(['You said: first message', TURN_ERROR_APOLOGY, 'count: 2']);
  });
});
