/**
 * The fault tests (`npm run test:faults`): subgraphs killed and hung under load, PostgreSQL
 * restarted under writes, the statistics follower killed while it counts. Same transform and
 * global PostgreSQL as jest.config.js; only tests/faults, which `npm test` leaves out.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/tests/faults/**/*.faults.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Each fault test owns its processes, ports and load; two at a time on a 2-core machine.
  maxWorkers: 2,
  testTimeout: 240_000,
};
