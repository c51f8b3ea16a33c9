import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../../packages/schema/schema.graphql",
  documents: ["app/**/*.{ts,tsx}", "lib/**/*.ts", "!lib/**/*.test.ts"],
  generates: {
    "./src/gql/": {
      preset: "client",
      // Fragments are plain spreads (no masking): this also drops the generic (`any`-typed) masking helpers.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        defaultScalarType: "unknown",
        scalars: { Date: "string", DateTimeISO: "string" },
      },
    },
  },
};

export default config;
