/**
 * End-to-end tests of the web app against a running stack: the built app started on free ports
 * and a throwaway PGlite (tests/support/stack.ts), or the one at WEB_URL when it is set.
 * Browser checks drive the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with
 * playwright-core; screenshots land in tests/e2e/screenshots/ (git-ignored).
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.e2e.test.ts"],
  testTimeout: 60000,
  // The suites start servers of their own (the stack, extra web servers); never hang CI on a stray handle.
  forceExit: true,
  globalSetup: "<rootDir>/global-setup.ts",
  globalTeardown: "<rootDir>/global-teardown.ts",
  reporters: ["default", ["<rootDir>/../support/jest-totals-reporter.js", { label: "e2e" }]],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }],
  },
};
