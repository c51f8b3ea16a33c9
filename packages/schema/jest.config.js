/** Unit tests of the typed client, beside the code; no server needed (fetch is stubbed). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }] },
  reporters: ["default", ["<rootDir>/../../tests/support/jest-totals-reporter.js", { label: "schema" }]],
};
