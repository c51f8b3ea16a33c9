/**
 * Unit tests of the generator's pure parts, and the index test (*.int.test.ts): a small corpus on
 * PGlite (or on PostgreSQL with DATABASE_URL) and EXPLAIN of the entity pages' statements.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  reporters: ["default", ["<rootDir>/../../tests/support/jest-totals-reporter.js", { label: `bench-scale${process.env.DATABASE_URL ? " (postgres)" : ""}` }]],
  testTimeout: 300000,
};
