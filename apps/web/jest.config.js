/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/lib", "<rootDir>/app"],
  testPathIgnorePatterns: ["/node_modules/", "/.next/"],
  reporters: ["default", ["<rootDir>/../../tests/support/jest-totals-reporter.js", { label: "web" }]],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
};
