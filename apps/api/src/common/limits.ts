import { GraphQLError, getNamedType, getNullableType, isListType, isObjectType, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { DEFAULT_PAGE_SIZE } from "./pagination";

/** Lists without a `first` argument (citations, aliases, roles…) are assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Cost of a field = 1 + its children's cost × how many items it returns: `first` for connections,
 * an assumed size for plain lists. Computed before execution, so a huge request is refused unrun.
 */
const listAwareEstimator: ComplexityEstimator = ({ type: parentType, field, args, childComplexity }) => {
  // A connection's `edges` already counted `first` items on the connection field itself.
  if (parentType.name.endsWith("Connection") && field.name === "edges") return 1 + childComplexity;
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name.endsWith("Connection")) {
    const first = typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(first, 1);
  }
  if (isListType(type)) {
    const size = typeof args.first === "number" ? args.first : ASSUMED_LIST_SIZE;
    return 1 + childComplexity * size;
  }
  return undefined;
};

export function queryCost(options: { schema: GraphQLSchema; document: DocumentNode; variables?: Record<string, unknown>; operationName?: string }): number {
  try {
    return getComplexity({
      schema: options.schema,
      query: options.document,
      variables: options.variables ?? {},
      operationName: options.operationName,
      estimators: [listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Costing coerces the variables first: a bad variable is the client's error, as in execution.
    if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
    throw error;
  }
}

export function tooCostly(cost: number, maximum: number): GraphQLError {
  return new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maximum}: ask for fewer items (\`first\`) or fewer nested lists.`, {
    extensions: { code: "QUERY_TOO_COSTLY", cost, maximumCost: maximum },
  });
}

/**
 * The depth error of a document, or null. Run after parsing (not as a validation rule, whose errors
 * Apollo relabels GRAPHQL_VALIDATION_FAILED) so clients get the specific code QUERY_TOO_DEEP.
 */
export function depthError(options: { schema: GraphQLSchema; document: DocumentNode; maximum: number }): GraphQLError | null {
  let rejection: GraphQLError | null = null;
  const rule = maxDepthRule({
    n: options.maximum,
    propagateOnRejection: false,
    onReject: [(_context, error) => (rejection ??= error)],
  });
  validate(options.schema, options.document, [rule as unknown as ValidationRule]);
  if (!rejection) return null;
  return new GraphQLError((rejection as GraphQLError).message.replace(/^Syntax Error: /, ""), {
    extensions: { code: "QUERY_TOO_DEEP", maximumDepth: options.maximum },
  });
}

/**
 * Cost after execution: the number of field values in the returned data, each list item counted
 * through its own fields. Same spirit as `queryCost`, but on what came back rather than on `first`.
 */
export function resultCost(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + resultCost(item), 0);
  if (data && typeof data === "object") return Object.values(data).reduce((sum: number, value) => sum + 1 + resultCost(value), 0);
  return 0;
}
