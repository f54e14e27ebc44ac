import type { Server } from 'restify';
import { ownLoopbackUrl } from './own-loopback-url';

/** Starts listening and resolves with a URL this machine can open (port 0 picks a free port). */
export function listen(server: Server, port: number, host?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.server.once('error', onError);
    const onListening = () => {
      server.server.off('error', onError);
      resolve(ownLoopbackUrl(server.server));
    };
    if (host === undefined) server.listen(port, onListening);
    else server.listen(port, host, onListening);
  });
}

/** The address actually listened on (http://0.0.0.0:3978 when on every interface), for the start-up log: not the loopback URL this machine uses. */
export function listenedAddress(server: Server): string {
  const address = server.server.address();
  if (address === null || typeof address === 'string') return String(address);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Stops accepting connections and resolves when the open ones have finished. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.server.closeIdleConnections();
  });
}
