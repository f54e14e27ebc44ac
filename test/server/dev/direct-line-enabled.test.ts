import { loadConfig } from '../../../src/config/load-config';
import { isDirectLineEnabled } from '../../../src/server/dev/direct-line-enabled';

const APP = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };

describe('isDirectLineEnabled', () => {
  it.each([
    ['development by default', { NODE_ENV: 'development' }, true],
    ['test by default', { NODE_ENV: 'test' }, true],
    ['development with DIRECT_LINE_DEV=false', { NODE_ENV: 'development', DIRECT_LINE_DEV: 'false' }, false],
    ['development with DIRECT_LINE_DEV=TRUE', { NODE_ENV: 'development', DIRECT_LINE_DEV: 'TRUE' }, true],
    ['production by default', { NODE_ENV: 'production', ORDER_SOURCE: 'http', ORDER_API_URL: 'https://oms.example/api', ...APP }, false],
    ['development with authentication on', { NODE_ENV: 'development', ...APP }, false],
  ])('%s', (_name, env, expected) => {
    expect(isDirectLineEnabled(loadConfig(env))).toBe(expected);
  });

  it.each([
    ['=true in production', { NODE_ENV: 'production', DIRECT_LINE_DEV: 'true', ...APP }, /DIRECT_LINE_DEV: the development Direct Line endpoint cannot run in production/],
    ['=true with authentication on', { DIRECT_LINE_DEV: 'true', ...APP }, /DIRECT_LINE_DEV: needs authentication off/],
    ['=yes (neither true nor false)', { DIRECT_LINE_DEV: 'yes' }, /DIRECT_LINE_DEV/],
  ])('refuses DIRECT_LINE_DEV%s at start-up', (_name, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
