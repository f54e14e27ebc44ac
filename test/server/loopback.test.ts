import { isLoopbackHost, isLoopbackUrl } from '../../src/server/loopback';

describe('loopback checks', () => {
  it.each(['http://localhost:3978', 'http://LOCALHOST', 'http://127.0.0.1:1', 'http://127.255.0.9', 'http://[::1]:8080/x', 'http://[::ffff:127.0.0.1]/'])(
    '%s is this machine',
    (url) => expect(isLoopbackUrl(url)).toBe(true),
  );

  it.each([
    'https://smba.trafficmanager.net/amer/',
    'http://128.0.0.1',
    'http://10.1.2.3',
    'http://[::2]',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'not a url',
  ])('%s is not', (url) => expect(isLoopbackUrl(url)).toBe(false));

  it('recognises the remote addresses Node reports for loopback sockets', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('192.168.1.20')).toBe(false);
    expect(isLoopbackHost('::ffff:192.168.1.20')).toBe(false);
  });
});
