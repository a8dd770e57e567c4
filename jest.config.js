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
  reporters: ['default', '<rootDir>/__tests__/helpers/plain-reporter.cjs'],
};
