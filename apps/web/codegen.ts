import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

const config: CodegenConfig = {
  schema: "../../packages/schema/schema.graphql",
  documents: ["app/**/*.{ts,tsx}", "lib/**/*.ts", "!lib/**/*.test.ts"],
  generates: {
    "./src/gql/": {
      preset: "client",
      // Fragments are plain spreads (no masking): this also drops the generic (`any`-typed) masking helpers.
      presetConfig: {
        fragmentMasking: false,
        // Trusted documents: src/gql/persisted-documents.json (SHA-256 → document) is loaded by the
        // API at start-up, and each document carries its hash, so the web sends hashes, not queries.
        persistedDocuments: { hashAlgorithm: "sha256" },
      },
      // Apollo Client adds __typename everywhere; the trusted document must be the query it means.
      documentTransforms: [addTypenameSelectionDocumentTransform],
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
