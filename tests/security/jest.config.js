/**
 * Hostile requests against the built API, run as its own process (tests/support/api-process.ts):
 * what a security reviewer would send. `npm run build` first (turbo does it for `npm test`).
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.security.test.ts"],
  testTimeout: 120000,
  globalSetup: "<rootDir>/global-setup.ts",
  globalTeardown: "<rootDir>/global-teardown.ts",
  reporters: ["default", ["<rootDir>/../support/jest-totals-reporter.js", { label: "security" }]],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }],
  },
};
