import { OperationTypeNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "./context";

/**
 * A mutation reads the primary from its start: what it answers with is read after its write, and a
 * replica may not have replayed that write yet. Its reads before the write are few (lookups of what
 * it changes), so the whole operation goes to the primary rather than tracking each write.
 */
export function primaryForMutationsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION) contextValue.reads?.usePrimary();
        },
      };
    },
  };
}
