import type { Server } from 'node:http';
import { isLoopbackHost } from './loopback';

/** This server's base URL over loopback, read at call time so it is right when listening on port 0. */
export function ownLoopbackUrl(server: Server): string {
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('The server is not listening on a TCP port');
  }
  if (address.address === '::' || address.address === '0.0.0.0') return `http://127.0.0.1:${address.port}`;
  if (isLoopbackHost(address.address)) {
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
  }
  throw new Error(`The server listens on ${address.address}, which is neither loopback nor a wildcard address`);
}
