/**
 * Unit tests of the benchmark's pure parts (normalisers, statistics, /proc parsing): no servers, no
 * timing. With DATABASE_URL (`npm run test:postgres`), also the same-answer check of the three
 * contenders on a fresh database of that PostgreSQL (*.int.test.ts).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: process.env.DATABASE_URL ? [] : ["\\.int\\.test\\.ts$"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  reporters: ["default", ["<rootDir>/../../tests/support/jest-totals-reporter.js", { label: `bench-peer${process.env.DATABASE_URL ? " (postgres)" : ""}` }]],
  // Orchard migrates and seeds the fresh database before the check (tens of seconds on a busy machine).
  testTimeout: 300000,
};
