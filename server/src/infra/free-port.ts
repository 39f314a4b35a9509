import { createServer, type AddressInfo } from 'node:net';

/**
 * Asks the OS for a currently unused TCP port on 127.0.0.1. Another process
 * may grab it before our child binds it, but for dev/test services that race
 * is rare and surfaces as a clear "address in use" startup error.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
