/*
 * Loaded before every test file (jest.config.js, setupFilesAfterEnv): what the runner harness
 * made for a file's runs (`runner-<name>-*` in the temp dir, kept so tests can read RUNNER_TEMP)
 * is removed once the file is done, so the suite leaves no folder behind. The harness leaves its
 * disposeRuns on the file's global (DISPOSE_RUNS in src/emulator/runner.ts) when a test loads
 * it; a file that never loads it has nothing to remove, and does not load it for this.
 */
afterAll(() => {
  const dispose = (globalThis as Record<symbol, unknown>)[Symbol.for('sealed-release.runner.disposeRuns')];
  if (typeof dispose === 'function') (dispose as () => void)();
});
