import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  // graphql-js's meta fields, defined outside any type's field map.
  SchemaMetaFieldDef as schemaMetaField,
  TypeMetaFieldDef as typeMetaField,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { checkArguments } from "./argument-guard";
import { fieldWork, INTROSPECTION_LIST_FIELDS, listSize, pageSize } from "./field-cost";

export interface OperationLimits {
  maximumDepth: number;
  maximumCost: number;
  maximumRootFields: number;
  /** Response keys (aliases) of one field in one selection set. */
  maximumAliases: number;
}

/** Introspection is free, but its lists (types → fields → args) may nest no deeper than the standard query's. */
const MAX_INTROSPECTION_LIST_NESTING = 3;
const MAX_INTROSPECTION_DEPTH = 20;
/** Analyses remembered per document (one per distinct variables); past this the document's entries are dropped. */
const MAX_VARIANTS_PER_DOCUMENT = 64;

/** A request error: refused before execution, 400 (or 200 under `application/json`, see http-status.ts). */
export function requestError(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

export function tooCostly(cost: number, maximum: number): GraphQLError {
  return requestError(`Query cost ${cost} exceeds the maximum of ${maximum}: ask for fewer items (\`first\`), fewer nested lists or fewer aliases.`, "QUERY_TOO_COSTLY", {
    cost,
    maximumCost: maximum,
  });
}

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  limits: OperationLimits;
  /** Cost of a fragment at a position: fragments reused many times are walked once per position. */
  memo: Map<string, number>;
}

/**
 * Checks an operation against the limits and returns its requested cost, in one walk of the
 * document: depth, root fields, aliases per field, introspection nesting, argument rules
 * (argument-guard.ts), and cost (field-cost.ts). Throws the request error otherwise. Results are
 * cached per document object and variables, so a repeated query costs a map lookup.
 */
export class OperationAnalyzer {
  private readonly cache = new WeakMap<DocumentNode, Map<string, number | GraphQLError>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimits,
  ) {}

  analyze(options: { document: DocumentNode; variables?: Record<string, unknown> | null; operationName?: string | null }): number {
    let variants = this.cache.get(options.document);
    if (!variants) this.cache.set(options.document, (variants = new Map<string, number | GraphQLError>()));
    const key = `${options.operationName ?? ""}\n${options.variables ? JSON.stringify(options.variables) : ""}`;
    let outcome = variants.get(key);
    if (outcome === undefined) {
      try {
        outcome = this.walk(options.document, options.variables ?? {}, options.operationName ?? undefined);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        outcome = error;
      }
      if (variants.size >= MAX_VARIANTS_PER_DOCUMENT) variants.clear();
      variants.set(key, outcome);
    }
    if (outcome instanceof GraphQLError) throw outcome;
    return outcome;
  }

  private walk(document: DocumentNode, rawVariables: Record<string, unknown>, operationName: string | undefined): number {
    const operation = getOperationAST(document, operationName);
    if (!operation)
      throw requestError(
        operationName ? `No operation named "${operationName}" in the document.` : "The document has several operations: name one (operationName).",
        "OPERATION_RESOLUTION_FAILURE",
      );
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
    if (coerced.errors) throw requestError(coerced.errors[0].message, "BAD_USER_INPUT");
    const walk: Walk = { schema: this.schema, variables: coerced.coerced, fragments, limits: this.limits, memo: new Map() };
    const rootType = this.schema.getRootType(operation.operation);
    if (!rootType) throw requestError(`This API has no ${operation.operation} operations.`, "GRAPHQL_VALIDATION_FAILED");
    const rootFields = [...responseKeys(walk, operation.selectionSet).values()].reduce((sum, keys) => sum + keys.size, 0);
    if (rootFields > this.limits.maximumRootFields)
      throw requestError(
        `The operation asks for ${rootFields} root fields; the most is ${this.limits.maximumRootFields}: split it into several requests.`,
        "TOO_MANY_ROOT_FIELDS",
        {
          maximumRootFields: this.limits.maximumRootFields,
        },
      );
    const cost = selectionCost(walk, rootType, operation.selectionSet, { depth: 1, introspectionLists: -1, page: 0 });
    if (cost > this.limits.maximumCost) throw tooCostly(cost, this.limits.maximumCost);
    return cost;
  }
}

interface Position {
  depth: number;
  /** -1 outside introspection; inside, how many introspection lists enclose the field. */
  introspectionLists: number;
  /** The page size of the enclosing connection, for its `edges`. */
  page: number;
}

function included(walk: Walk, node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}

/** Response keys per field name at one level of a selection set, through its fragments. */
function responseKeys(walk: Walk, selectionSet: SelectionSetNode, byField = new Map<string, Set<string>>(), seen = new Set<string>()): Map<string, Set<string>> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      let keys = byField.get(name);
      if (!keys) byField.set(name, (keys = new Set()));
      keys.add(selection.alias?.value ?? name);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(walk, selection.selectionSet, byField, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment) responseKeys(walk, fragment.selectionSet, byField, seen);
    }
  }
  return byField;
}

function selectionCost(walk: Walk, parentType: GraphQLCompositeType, selectionSet: SelectionSetNode, position: Position): number {
  for (const [field, keys] of responseKeys(walk, selectionSet)) {
    if (keys.size > walk.limits.maximumAliases)
      throw requestError(`\`${field}\` is asked for ${keys.size} times under different aliases in one selection; the most is ${walk.limits.maximumAliases}.`, "TOO_MANY_ALIASES", {
        field,
        maximumAliases: walk.limits.maximumAliases,
      });
  }
  let cost = 0;
  // Fragments on different concrete types are alternatives: only the costliest counts.
  const byTypeCondition = new Map<string, number>();
  const addConditional = (typeName: string, value: number) => byTypeCondition.set(typeName, (byTypeCondition.get(typeName) ?? 0) + value);
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, parentType, selection, position);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
    if (!fragment) continue;
    const conditionName = fragment.typeCondition?.name.value ?? parentType.name;
    const conditionType = walk.schema.getType(conditionName) as GraphQLCompositeType | undefined;
    if (!conditionType) continue;
    let value: number;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const key = `${selection.name.value}@${position.depth}:${position.introspectionLists}:${position.page}`;
      const known = walk.memo.get(key);
      value = known ?? selectionCost(walk, conditionType, fragment.selectionSet, position);
      walk.memo.set(key, value);
    } else {
      value = selectionCost(walk, conditionType, fragment.selectionSet, position);
    }
    if (conditionName === parentType.name) cost += value;
    else addConditional(conditionName, value);
  }
  return cost + Math.max(0, ...byTypeCondition.values());
}

function fieldCost(walk: Walk, parentType: GraphQLCompositeType, node: FieldNode, position: Position): number {
  const name = node.name.value;
  if (name === "__typename") return 0;
  const field = isObjectType(parentType) || isInterfaceType(parentType) ? fieldDefinition(walk.schema, parentType, name) : undefined;
  if (!field) return 0; // validation has refused unknown fields already
  const introspection = position.introspectionLists >= 0 || name === "__schema" || name === "__type";
  const depth = position.depth;
  if (!introspection && depth > walk.limits.maximumDepth)
    throw requestError(`The query is ${depth} fields deep; the most is ${walk.limits.maximumDepth}.`, "QUERY_TOO_DEEP", { maximumDepth: walk.limits.maximumDepth });
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, walk.variables);
  } catch (error) {
    throw requestError((error as Error).message, "BAD_USER_INPUT");
  }
  const childType = getNamedType(field.type) as GraphQLCompositeType;
  if (introspection) {
    const lists = Math.max(0, position.introspectionLists) + (INTROSPECTION_LIST_FIELDS.has(name) ? 1 : 0);
    if (lists > MAX_INTROSPECTION_LIST_NESTING || depth > MAX_INTROSPECTION_DEPTH)
      throw requestError(
        `Introspection lists (types, fields, args…) nest at most ${MAX_INTROSPECTION_LIST_NESTING} deep and ${MAX_INTROSPECTION_DEPTH} fields in all: ask for a type with __type(name:) instead.`,
        "QUERY_TOO_DEEP",
        { maximumDepth: MAX_INTROSPECTION_DEPTH },
      );
    if (node.selectionSet) selectionCost(walk, childType, node.selectionSet, { depth: depth + 1, introspectionLists: lists, page: 0 });
    return 0;
  }
  checkArguments(parentType.name, field, args);
  const work = fieldWork({ parentType: parentType.name, field: name, args, returnsConnection: childType.name.endsWith("Connection") });
  if (!node.selectionSet) return work;
  const page = childType.name.endsWith("Connection") ? pageSize(args) : 0;
  const children = selectionCost(walk, childType, node.selectionSet, { depth: depth + 1, introspectionLists: -1, page });
  const items = parentType.name.endsWith("Connection") && name === "edges" ? position.page : isListType(getNullableType(field.type)) ? listSize(args) : 1;
  return work + items * children;
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === "__schema" || name === "__type") return parentType === schema.getQueryType() ? (name === "__schema" ? schemaMetaField : typeMetaField) : undefined;
  return (parentType as Extract<GraphQLCompositeType, { getFields: unknown }>).getFields()[name];
}

/**
 * Cost after execution: the number of field values in the returned data, each list item counted
 * through its own fields. Same spirit as the requested cost, but on what came back.
 */
export function resultCost(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + resultCost(item), 0);
  if (data && typeof data === "object") return Object.values(data).reduce((sum: number, value) => sum + 1 + resultCost(value), 0);
  return 0;
}
