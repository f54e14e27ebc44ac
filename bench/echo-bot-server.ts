import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

/**
 * The baseline the benchmark compares the bot with: the smallest useful bot on
 * the very same restify and CloudAdapter (authentication off, loopback
 * connector), replying with the text it was sent. Whatever the real server
 * costs beyond this is ours. Usage: node dist/bench/echo-bot-server.js <port>
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const port = Number(process.argv[2] ?? '3979');
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyReader({ maxBodySize: 256 * 1024 }));
server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});
server.listen(port, '127.0.0.1', () => console.log(`echo bot listening on ${port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
