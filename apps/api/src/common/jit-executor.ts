import { GraphQLError, OperationTypeNode, execute, printSchema, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";

/** Compiled operations kept per process; clients send a handful of distinct documents. */
const MAX_COMPILED = 500;

/**
 * Apollo Server's execution through graphql-jit: each operation is compiled once into a function
 * that calls the resolvers and shapes the result directly, instead of graphql-js re-walking the
 * selection for every object (issue #9: per-field execution was most of a request's CPU).
 * Parsing, validation, persisted queries and plugins stay Apollo's; Apollo exposes a custom
 * executor only through its gateway interface, hence the shape of this object.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  const executor: GatewayExecutor = async (request) => {
    // Mutations run through graphql-js: graphql-jit does not apply the default values of input
    // object fields (IngestDocumentInput.format), and writes are not the hot path.
    if (request.operation.operation !== OperationTypeNode.QUERY)
      return execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: request.request.variables,
        operationName: request.operationName,
      });
    const key = `${request.queryHash}:${request.operationName ?? ""}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, request.document, request.operationName ?? undefined);
      if (!isCompiledQuery(result)) return withGraphQLErrors(result);
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, result);
      query = result;
    }
    return withGraphQLErrors(await query.query(undefined, request.context, request.request.variables ?? {}));
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports errors with its own GraphQLError, whose `extensions` is undefined unless the
 * thrown error had some; Apollo expects graphql-js errors with an extensions object.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const normalized = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions ?? {},
    });
    return error.locations ? Object.assign(normalized, { locations: error.locations }) : normalized;
  });
  return { ...result, errors };
}
