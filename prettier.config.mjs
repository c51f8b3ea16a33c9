// One Prettier config for the repository (`npm run format`, `npm run format:check`). The options were chosen by
// measuring, over the files as they were written, how many `prettier --check` would change (README: "Lint and format").
/** @type {import("prettier").Config} */
export default {
  printWidth: 180,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  arrowParens: "always",
  overrides: [
    {
      // Docs keep their hand-laid code samples (compact GraphQL queries with aligned comments).
      files: "*.md",
      options: { embeddedLanguageFormatting: "off" },
    },
  ],
};
