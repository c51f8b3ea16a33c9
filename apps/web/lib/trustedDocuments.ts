import type { DocumentNode } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

/** The SHA-256 that codegen (`persistedDocuments`) embeds in each typed document and lists in src/gql/persisted-documents.json. */
export function trustedDocumentHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== "string") throw new Error("A document without a codegen hash: write it with graphql() from src/gql.");
  return hash;
}

/**
 * Sends the hash of a trusted document instead of its text; the API knows it from the manifest.
 * An API started without the manifest answers PERSISTED_QUERY_NOT_FOUND: the link then sends full
 * queries for the rest of its client's life (one page render), so the web works either way.
 */
export function trustedDocumentLink(): PersistedQueryLink {
  return new PersistedQueryLink({
    generateHash: trustedDocumentHash,
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });
}
