import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

type ResolverClass = new () => Record<string, (...values: unknown[]) => unknown>;
/** A class as type-graphql's metadata holds it. */
type ClassRef = object;
type Bag = Record<string, unknown>;
type ParamReader = (root: Bag, args: Bag, context: Bag, info: unknown) => unknown;

/**
 * Calls field resolver methods directly instead of through type-graphql's per-call wrapper.
 *
 * For every call, that wrapper sorts the method's parameter list, maps it into a new array, runs an
 * empty middleware chain and copies the parent object into a fresh instance of its class (issue #9:
 * on a page of 50 events, `sort` and those copies were a third of the 4 MB allocated per request,
 * and garbage collection a third of its CPU). Here each resolver's parameter order is worked out
 * once, at startup, and the parent is passed as it is: resolvers only read it.
 *
 * Only resolvers that have nothing for the wrapper to do are replaced: no roles, no middleware, and
 * parameters among parent, arguments, context and info. Fields are matched to resolvers as
 * type-graphql matches them (`schema-generator.js`): a type's own fields after its interfaces'.
 */
export function callResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly ClassRef[]): GraphQLSchema {
  const storage = getMetadataStorage();
  if (storage.middlewares.length > 0) return schema;
  const instances = new Map<ClassRef, InstanceType<ResolverClass>>();
  const instanceOf = (target: ClassRef) => {
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new (target as ResolverClass)()));
    return instance;
  };
  for (const objectType of storage.objectTypes) {
    const schemaType = schema.getType(objectType.name);
    if (!isObjectType(schemaType)) continue;
    const interfaceFields = storage.interfaceTypes.filter((it) => objectType.interfaceClasses?.includes(it.target)).flatMap((it) => it.fields ?? []);
    const fields = new Map([...interfaceFields, ...(objectType.fields ?? [])].map((field) => [field.schemaName, field]));
    const schemaFields = schemaType.getFields();
    for (const [schemaName, field] of fields) {
      const resolver = storage.fieldResolvers.find(
        (it) => (it.kind === "internal" || resolverClasses.includes(it.target)) && it.getObjectType?.() === field.target && it.methodName === field.name,
      );
      if (!resolver || resolver.kind !== "external" || resolver.roles || resolver.middlewares?.length || !schemaFields[schemaName]) continue;
      const readers = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index).map(paramReader);
      if (readers.some((reader) => !reader)) continue;
      const instance = instanceOf(resolver.target);
      const method = instance[resolver.methodName];
      schemaFields[schemaName].resolve = directCall(instance, method, readers as ParamReader[]);
    }
  }
  return schema;
}

function paramReader(param: { kind: string; propertyName?: string; name?: string }): ParamReader | undefined {
  const property = param.propertyName;
  switch (param.kind) {
    case "root":
      return property ? (root) => root[property] : (root) => root;
    case "context":
      return property ? (_root, _args, context) => context[property] : (_root, _args, context) => context;
    case "info":
      return (_root, _args, _context, info) => info;
    case "args":
      return (_root, args) => args;
    case "arg": {
      const name = param.name!;
      return (_root, args) => args[name];
    }
    default:
      return undefined;
  }
}

function directCall(instance: object, method: (...values: unknown[]) => unknown, readers: ParamReader[]): GraphQLFieldResolver<Bag, Bag, Bag> {
  const [first, second] = readers;
  // The common shapes without an array per call: (context, parent) is most of them.
  if (readers.length === 2) return (root, args, context, info) => method.call(instance, first(root, args, context, info), second(root, args, context, info));
  return (root, args, context, info) =>
    method.apply(
      instance,
      readers.map((read) => read(root, args, context, info)),
    );
}
