import { GraphQLError, getNamedType, getNullableType, isListType, isObjectType, type GraphQLSchema, type DocumentNode, type ValidationContext } from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { DEFAULT_PAGE_SIZE } from "./pagination";

/** Lists without a `first` argument (citations, aliases, roles…) are assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Cost of a field = 1 + its children's cost × how many items it returns: `first` for connections,
 * an assumed size for plain lists. Computed before execution, so a huge request is refused unrun.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
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
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables ?? {},
    operationName: options.operationName,
    estimators: [listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

export function tooCostly(cost: number, maximum: number): GraphQLError {
  return new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maximum}: ask for fewer items (\`first\`) or fewer nested lists.`, {
    extensions: { code: "QUERY_TOO_COSTLY", cost, maximumCost: maximum },
  });
}

/** Refuses queries nested deeper than `maximum` during validation, with code QUERY_TOO_DEEP. */
export function depthLimitRule(maximum: number): (context: ValidationContext) => unknown {
  return maxDepthRule({
    n: maximum,
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code: "QUERY_TOO_DEEP", maximumDepth: maximum } }),
        ),
    ],
  });
}
