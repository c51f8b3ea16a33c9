/** Unit tests of the benchmark's pure parts (normalisers, statistics, /proc parsing): no servers, no timing. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  reporters: ["default", ["<rootDir>/../../tests/support/jest-totals-reporter.js", { label: "bench-peer" }]],
};
