/**
 * One Jest run for every layer. Naming convention:
 *   src/**\/*.test.ts          unit tests, beside the code
 *   test/**\/*.int.test.ts     a subgraph against real PostgreSQL
 *   tests/e2e/**\/*.e2e.test.ts the whole platform through the gateway over HTTP
 * Global setup starts one PostgreSQL (embedded, or DATABASE_URL); each file makes its own database.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/{gateway,console,subgraphs,extensions,packages,tests}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/faults/'],
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/packages/testing/src/global-teardown.ts',
  testTimeout: 60_000,
  // No forceExit: every test closes what it opens (servers, pools, processes, the run's
  // PostgreSQL in global teardown), so Jest ends on its own and says nothing about open handles.
  // A test that leaks a handle shows up as a run that does not end: find it with --detectOpenHandles.
  maxWorkers: process.env.CI ? 2 : '50%',
};
