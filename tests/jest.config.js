/**
 * Unit tests of the tests workspace (run by `npm test`): the development set's gold files are
 * checked against their articles and the knowledge base. The end-to-end suites have their own
 * config (e2e/jest.config.js) and run with `npm run test:e2e`.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/devset/**/*.test.ts"],
  reporters: ["default", ["<rootDir>/support/jest-totals-reporter.js", { label: "tests (devset)" }]],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } }, module: { type: "commonjs" } }],
  },
};
