import "reflect-metadata";
import "./common/enums";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { callResolversDirectly } from "./common/direct-resolvers";
import { isAbstractType, isObjectType, type GraphQLSchema } from "graphql";
import { AuthResolver } from "./modules/auth/auth.resolver";
import { authChecker } from "./modules/auth/auth.service";
import { CompareResolver } from "./modules/compare/compare.resolver";
import { DiscoveryResolver, EntityCandidateQuoteResolver } from "./modules/discovery/discovery.resolver";
import { EntityResolver } from "./modules/entity/entity.resolver";
import { FeedResolver } from "./modules/feed/feed.resolver";
import { CandidateParticipantResolver, EntityMentionsResolver, IngestResolver, MentionResolver, SourceIngestResolver } from "./modules/ingest/ingest.resolver";
import { CitationResolver, EventParticipantResolver, EventResolver, FigureResolver } from "./modules/event/event.resolver";
import { AiModelConnection, ModelLineageResolver, ModelResolver } from "./modules/model/model.resolver";
import { CompanyConnection, CompanyResolver, LabConnection, LabResolver, OrganizationResolver } from "./modules/organization/organization.resolver";
import { Company, Institution, Lab, MediaOutlet } from "./modules/organization/organization.type";
import { PersonConnection, PersonResolver, RoleResolver } from "./modules/person/person.resolver";
import { SearchResolver } from "./modules/search/search.resolver";
import { SourceResolver } from "./modules/source/source.resolver";
import { WebhookResolver } from "./modules/webhook/webhook.resolver";
import { FacilityResolver, ProductResolver } from "./modules/product/product.resolver";
import { FacilityType, ProductType } from "./modules/product/product.type";
import { boundedCountResolver } from "./common/bounded-count";
import { EventConnection } from "./modules/event/event.type";
import { SourceConnection } from "./modules/source/source.type";

const RESOLVERS = [
  EntityResolver,
  OrganizationResolver,
  CompanyResolver,
  LabResolver,
  ModelResolver,
  ModelLineageResolver,
  PersonResolver,
  RoleResolver,
  EventResolver,
  EventParticipantResolver,
  FigureResolver,
  CitationResolver,
  SourceResolver,
  SearchResolver,
  CompareResolver,
  IngestResolver,
  CandidateParticipantResolver,
  MentionResolver,
  SourceIngestResolver,
  EntityMentionsResolver,
  DiscoveryResolver,
  EntityCandidateQuoteResolver,
  AuthResolver,
  FeedResolver,
  WebhookResolver,
  ProductResolver,
  FacilityResolver,
  // The root lists: a count that stops early (common/bounded-count.ts).
  ...[EventConnection, SourceConnection, CompanyConnection, LabConnection, AiModelConnection, PersonConnection].map(boundedCountResolver),
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  // Plain-data fields are read straight off the object instead of through a type-graphql wrapper
  // per field (no field-level middleware or auth exists to skip).
  for (const type of [...getMetadataStorage().objectTypes, ...getMetadataStorage().interfaceTypes]) type.simpleResolvers ??= true;
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    // Types only reachable through interfaces must be listed to appear in the schema.
    orphanedTypes: [Company, Lab, MediaOutlet, Institution, ProductType, FacilityType],
    authChecker,
    // type-graphql refuses to build subscriptions without a PubSub, though ours never use it: each
    // subscription reads the stream of its server's ChangeFeed (feed.service.ts), one per server.
    pubSub: createPubSub(),
    validate: false,
    emitSchemaFile: false,
  }).then((built) => callResolversDirectly(prepareForCompiledExecution(built), RESOLVERS));
  return schema;
}

/**
 * What the compiled executor (graphql-jit) needs spelled out, where graphql-js is lenient:
 * - interfaces and unions resolve by the `__typename` every node carries, synchronously (type-graphql
 *   wraps each resolveType in an async function, which graphql-jit does not await);
 * - a connection's `totalCount` may be a promise (counted only when asked): it gets a resolver, as
 *   graphql-jit reads resolver-less leaf fields as plain values.
 */
function prepareForCompiledExecution(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = (value: { __typename?: string }) => value.__typename;
    if (isObjectType(type) && type.name.endsWith("Connection")) {
      const totalCount = type.getFields().totalCount;
      if (totalCount && !totalCount.resolve) totalCount.resolve = (connection: { totalCount: number | Promise<number> }) => connection.totalCount;
    }
  }
  return built;
}
