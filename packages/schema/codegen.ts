import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents of the main operations (src/documents/*.graphql) for partner code, as strings: no GraphQL runtime needed. */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/documents/*.graphql"],
  generates: {
    "./src/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
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
