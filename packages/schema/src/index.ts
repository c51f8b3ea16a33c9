/** Orchard's typed client for partner code: the generated documents and types, and `createOrchardClient`. */
export * from "./generated/graphql";
export * from "./client";
