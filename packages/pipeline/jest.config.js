/** Unit tests sit beside the code, with no database or network; src/bench reads prisma/kb, the seed articles (../shared/seeds beside the repository, as apps/api finds them) and tests/devset/articles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  reporters: ["default", ["<rootDir>/../../tests/support/jest-totals-reporter.js", { label: "pipeline" }]],
};
