/**
 * Fault tests that need a real PostgreSQL server the test may restart (`npm run test:postgres` with
 * DATABASE_URL, as .ci/run runs it, as root). PG_RESTART_COMMAND overrides how it is restarted.
 */
if (!process.env.DATABASE_URL) throw new Error("tests/faults/jest.postgres.config.js needs DATABASE_URL (a PostgreSQL server the test may restart)");
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.postgres.test.ts"],
  testTimeout: 300000,
  reporters: ["default", ["<rootDir>/../support/jest-totals-reporter.js", { label: "faults (postgres)" }]],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }],
  },
};
