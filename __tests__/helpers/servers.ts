/*
 * Loopback servers other than GitHub (Sigstore, the registries) for a whole test file: started
 * before its tests and stopped after them, so no file writes that pair of hooks again.
 */

/**
 * Starts a server with `start` before the file's tests (or the enclosing describe's) and stops
 * it after them. The handle forwards to the running server, so tests read `sigstore.fulcioURL`
 * as before; reading it outside the tests is an error, not a silent undefined.
 */
export function useServer<T extends { stop(): Promise<unknown> }>(name: string, start: () => Promise<T>): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  });
  afterAll(async () => {
    const server = current;
    current = undefined;
    await server?.stop();
  });
  return new Proxy({} as T, {
    get(_target, property) {
      if (!current) throw new Error(`${name}: no server is running here (reading '${String(property)}')`);
      const value: unknown = Reflect.get(current, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}
