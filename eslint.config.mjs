// The one ESLint config of the repository: every package's `lint` script runs `eslint .` from its own folder and
// ESLint finds this file above it. Type-aware rules take their types from each file's nearest tsconfig.json.
// Layout is Prettier's job (prettier.config.mjs): no rule here is about formatting.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/** `any` and the rules that follow it through assignments, calls, member reads and returns. */
const untypedValuesAllowed = Object.fromEntries(
  ["no-explicit-any", "no-unsafe-argument", "no-unsafe-assignment", "no-unsafe-call", "no-unsafe-member-access", "no-unsafe-return"].map((rule) => [
    `@typescript-eslint/${rule}`,
    "off",
  ]),
);

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "**/dist/",
    "**/.next/",
    "**/.turbo/",
    "**/coverage/",
    "data/",
    "**/next-env.d.ts",
    "apps/web/src/gql/",
    "apps/api/src/generated/",
    "packages/schema/src/generated/",
    "examples/notebooks/",
    "tests/e2e/screenshots/",
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked with the nearest tsconfig.json that includes it (the root one covers the root's files).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },

  {
    name: "orchard/correctness",
    rules: {
      // A `default:` does not make a switch over a union exhaustive: a new enum value must be handled on purpose.
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-deprecated": "error",
      // Apollo plugin hooks, Prisma's driver adapter and test fakes implement promise-returning interfaces: `async` without `await` is how they say so.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-self-compare": "error",
      "no-template-curly-in-string": "error",
      "no-unreachable-loop": "error",
      "no-useless-assignment": "error",
      "no-constructor-return": "error",
      "array-callback-return": "error",
      // The rules of the project (HELPER-RULES.md): no skipped or focused tests.
      "no-restricted-properties": [
        "error",
        ...["describe", "it", "test"].flatMap((object) =>
          ["only", "skip"].map((property) => ({ object, property, message: "No skipped or focused tests: fix or delete the test." })),
        ),
      ],
    },
  },

  // Tests read GraphQL and HTTP answers as untyped JSON (`any`): a wrong field fails the assertion that reads it.
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "apps/api/src/test-support/**", "tests/support/**"],
    rules: untypedValuesAllowed,
  },
  // These two files exist to handle untyped values: PostGraphile's JSON answers, and private prototypes of Prisma's adapters (CLI only).
  {
    files: ["bench/peer/src/postgraphile/to-orchard.ts", "prisma.config.ts"],
    rules: untypedValuesAllowed,
  },

  // bench/scale loads the API's compiled modules by a path computed at run time, which an `import` cannot name.
  {
    files: ["bench/scale/src/**"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // Plain JavaScript (jest configs, small scripts, these config files): no tsconfig covers them, so no type-aware rules.
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // The Next.js app: the Next rules and the Rules of Hooks.
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    extends: [nextPlugin.configs["core-web-vitals"], reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The app uses the App Router only: there is no pages/ directory for this rule to read.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
);
