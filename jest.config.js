/**
 * One Jest run for every layer. Naming convention:
 *   src/**\/*.test.ts          unit tests, beside the code
 *   test/**\/*.int.test.ts     a subgraph against real PostgreSQL
 *   tests/e2e/**\/*.e2e.test.ts the whole platform through the gateway over HTTP
 * Global setup starts one PostgreSQL (embedded, or DATABASE_URL); each file makes its own database.
 */
const swc = ['@swc/jest', { ...require('./scripts/swc-options.cjs'), sourceMaps: 'inline' }];

// Workspace packages export their built JavaScript (dist/) by default and their TypeScript
// sources under the "kaiku-source" condition (see their package.json `exports`). Tests run the
// sources: Jest's resolver with that condition, and every process a test spawns (a subgraph, the
// CLI under SWC's hook) inherits it through NODE_OPTIONS, so nothing a test runs needs a build.
const SOURCE_CONDITION = '--conditions=kaiku-source';
if (!(process.env.NODE_OPTIONS ?? '').includes(SOURCE_CONDITION)) {
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, SOURCE_CONDITION].filter(Boolean).join(' ');
}

module.exports = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['kaiku-source', 'node', 'node-addons'] },
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
