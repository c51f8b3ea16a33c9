/** Unit tests sit beside the code; integration tests (*.int.test.ts) get a fresh database per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  // *.postgres.test.ts test what only a PostgreSQL server has; they run with DATABASE_URL (test:postgres).
  testPathIgnorePatterns: process.env.DATABASE_URL ? [] : ["\\.postgres\\.test\\.ts$"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  setupFiles: ["reflect-metadata"],
  reporters: ["default", ["<rootDir>/../../tests/support/jest-totals-reporter.js", { label: `api${process.env.DATABASE_URL ? " (postgres)" : ""}` }]],
  // Generous: a file's beforeAll migrates and seeds a fresh database, which a busy 2-core machine can take a minute to do.
  testTimeout: 180000,
  // A file whose setup timed out can leave its database worker running; never let that hang CI.
  forceExit: true,
};
