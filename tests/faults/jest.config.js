/**
 * Fault tests on the embedded database: the built API and CLIs run as processes that the tests
 * signal and kill (tests/support/api-process.ts). `npm run build` first (turbo does it for `npm test`).
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.fault.test.ts"],
  testTimeout: 300000,
  reporters: ["default", ["<rootDir>/../support/jest-totals-reporter.js", { label: "faults" }]],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }],
  },
};
