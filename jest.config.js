/** Jest in ESM mode (see TOOLCHAIN.md). Type-checking is `npm run build`'s job, so ts-jest only transpiles. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 60000,
  // Removes the runner harness's folders after each file (see the file).
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/cleanup.ts'],
  // Two workers on two cores: most suites wait on spawned bundles and loopback servers, not CPU
  // (Jest's default, one fewer than the cores, runs them one at a time here).
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/__tests__/helpers/plain-reporter.cjs'],
};
