import * as net from 'node:net';

/**
 * A loopback port that nothing listens on (bound, then closed), for tests of a server that
 * cannot be reached: connecting to it is refused at once, with no mock in between.
 */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
