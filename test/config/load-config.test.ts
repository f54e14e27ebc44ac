import { ConfigError, loadConfig } from '../../src/config/load-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
  test('an empty environment starts the bot locally with fixture orders on port 3978', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ NODE_ENV: 'development', PORT: 3978, ORDER_SOURCE: 'fixtures', ORDER_API_TIMEOUT_MS: 3000, ORDER_NUMBER_PATTERN: '^\\d{8,12}$' });
  });

  test('empty values, as a copied .env.example has them, mean "not set"', () => {
    expect(loadConfig({ ORDER_API_URL: '', MicrosoftAppId: '', MicrosoftAppType: '', PORT: '' })).toMatchObject({ PORT: 3978 });
  });

  test.each([
    [{ ORDER_SOURCE: 'database' }, 'ORDER_SOURCE'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ ORDER_SOURCE: 'http' }, 'ORDER_API_URL'],
    [{ ORDER_SOURCE: 'http', ORDER_API_URL: 'ftp://oms.example' }, 'ORDER_API_URL'],
    [{ ORDER_API_TIMEOUT_MS: '-5' }, 'ORDER_API_TIMEOUT_MS'],
    [{ ORDER_API_MAX_RETRIES: '50' }, 'ORDER_API_MAX_RETRIES'],
    [{ ORDER_NUMBER_PATTERN: '([0-9' }, 'ORDER_NUMBER_PATTERN'],
    [{ CUSTOMER_TOKEN_SECRET: 'too-short' }, 'CUSTOMER_TOKEN_SECRET'],
    [{ NODE_ENV: 'production' }, 'MicrosoftAppId'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'production', MicrosoftAppId: 'app-id', ORDER_SOURCE: 'fixtures' }, 'ORDER_SOURCE'],
    [{ NODE_ENV: 'production', MicrosoftAppId: 'app-id' }, 'ORDER_SOURCE'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ HOST: '::' }, 'HOST'],
    [{ HOST: '192.168.1.20', NODE_ENV: 'test' }, 'HOST'],
    [{ HOST: '0.0.0.0', PRIVATE_NETWORK_ONLY: 'false' }, 'HOST'],
    [{ LOOPBACK_SERVICE_URLS: 'https://evil.example.com' }, 'LOOPBACK_SERVICE_URLS'],
    [{ LOOPBACK_SERVICE_URLS: 'http://127.0.0.1:5000,http://user@127.0.0.1:5001' }, 'LOOPBACK_SERVICE_URLS'],
  ])('%j stops start-up with a message naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems.some((problem) => problem.startsWith(`${variable}:`))).toBe(true);
  });

  test('a loopback HOST without an app id, and any HOST with one, are accepted', () => {
    expect(loadConfig({ HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: 'localhost' }).HOST).toBe('localhost');
    expect(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'app-id' }).HOST).toBe('0.0.0.0');
  });

  test('without authentication, all interfaces only when declared a private network behind a proxy (compose)', () => {
    expect(loadConfig({ HOST: '0.0.0.0', PRIVATE_NETWORK_ONLY: 'true' }).HOST).toBe('0.0.0.0');
  });

  test('production with the order system starts', () => {
    expect(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app-id', ORDER_SOURCE: 'http', ORDER_API_URL: 'https://oms.example/api' }).ORDER_SOURCE).toBe('http');
  });

  test('LOOPBACK_SERVICE_URLS become origins', () => {
    expect(loadConfig({ LOOPBACK_SERVICE_URLS: ' http://127.0.0.1:5000/ , http://localhost:5001' }).LOOPBACK_SERVICE_URLS).toEqual([
      'http://127.0.0.1:5000',
      'http://localhost:5001',
    ]);
  });
});
