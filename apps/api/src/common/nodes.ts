import type { AiModel, Entity, Event, Facility, Organization, Product, OrganizationKind, Person, Source } from "../db/prisma";
import { todayDay, type AsOfDay } from "./as-of";
import { fuzzyDateFromColumns, type FuzzyDateValue } from "./fuzzy-date.type";
import { toGlobalId, type NodeTypeName } from "./global-id";

/**
 * The plain objects resolvers hand to GraphQL. `__typename` resolves the Node, Entity and
 * Organization interfaces; `id` is already the opaque global ID; `asOf` is the day the node is shown
 * as of, which its nested fields inherit (common/as-of.ts).
 */
export type OrganizationTypeName = "Company" | "Lab" | "MediaOutlet" | "Institution";

interface EntityNodeBase {
  __typename: NodeTypeName;
  id: string;
  entityId: number;
  slug: string;
  name: string;
  description: string | null;
  asOf: AsOfDay;
}

export interface OrganizationNode extends EntityNodeBase {
  __typename: OrganizationTypeName;
  kind: OrganizationKind;
  country: string | null;
  parentId: number | null;
}

export interface ModelNode extends EntityNodeBase {
  __typename: "AiModel";
  kind: AiModel["kind"];
  familyId: number | null;
  modality: AiModel["modality"];
  status: AiModel["status"];
  access: AiModel["access"];
  developerId: number | null;
  ownerId: number | null;
  releasedOn: FuzzyDateValue | null;
}

export interface PersonNode extends EntityNodeBase {
  __typename: "Person";
}

export interface ProductNode extends EntityNodeBase {
  __typename: "Product";
  kind: Product["kind"];
  ownerId: number | null;
  developerId: number | null;
}

export interface FacilityNode extends EntityNodeBase {
  __typename: "Facility";
  kind: Facility["kind"];
  ownerId: number | null;
  location: string | null;
  country: string | null;
}

export type EntityNode = OrganizationNode | ModelNode | PersonNode | ProductNode | FacilityNode;

export interface EventNode {
  __typename: "Event";
  id: string;
  eventId: number;
  key: string;
  type: Event["type"];
  title: string;
  summary: string | null;
  occurredOn: FuzzyDateValue | null;
  firstReportedOn: Date;
  status: Event["status"];
  confidence: number;
  asOf: AsOfDay;
}

export interface SourceNode {
  __typename: "Source";
  id: string;
  sourceId: number;
  key: string;
  url: string | null;
  title: string;
  publisherId: number | null;
  language: string;
  publishedOn: Date;
  /** Present when the row came with it; the read path loads it only when a query asks for it. */
  text?: string;
  contentHash: string;
  asOf: AsOfDay;
}

export function organizationTypeName(kind: OrganizationKind): OrganizationTypeName {
  switch (kind) {
    case "COMPANY":
    case "INVESTOR":
      return "Company";
    case "LAB":
    case "TEAM":
    case "DIVISION":
      return "Lab";
    case "MEDIA_OUTLET":
      return "MediaOutlet";
    case "UNIVERSITY":
    case "GOVERNMENT":
    case "OTHER":
      return "Institution";
  }
}

export type EntityRow = Entity & { organization: Organization | null; model: AiModel | null; person: Person | null };

/** What the mappers read of an entity: a Prisma row with its relations, or a flat row of the read path. */
export interface EntityFields {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  organization: Pick<Organization, "kind" | "country" | "parentId"> | null;
  model: Omit<AiModel, "entityId" | "statusReportedOn" | "accessReportedOn" | "releasedReportedOn"> | null;
  product?: Pick<Product, "kind" | "ownerId" | "developerId"> | null;
  facility?: Pick<Facility, "kind" | "ownerId" | "location" | "country"> | null;
}

export function toEntityNode(row: EntityFields, asOf: AsOfDay = todayDay()): EntityNode {
  const base = { entityId: row.id, slug: row.slug, name: row.name, description: row.description, asOf };
  if (row.organization) {
    const __typename = organizationTypeName(row.organization.kind);
    return {
      ...base,
      __typename,
      id: toGlobalId(__typename, row.id),
      kind: row.organization.kind,
      country: row.organization.country,
      parentId: row.organization.parentId,
    };
  }
  if (row.model) {
    const model = row.model;
    return {
      ...base,
      __typename: "AiModel",
      id: toGlobalId("AiModel", row.id),
      kind: model.kind,
      familyId: model.familyId,
      modality: model.modality,
      status: model.status,
      access: model.access,
      developerId: model.developerId,
      ownerId: model.ownerId,
      releasedOn: fuzzyDateFromColumns(model.releasedText, model.releasedStart, model.releasedEnd, model.releasedPrecision),
    };
  }
  if (row.product)
    return { ...base, __typename: "Product", id: toGlobalId("Product", row.id), kind: row.product.kind, ownerId: row.product.ownerId, developerId: row.product.developerId };
  if (row.facility) {
    const { kind, ownerId, location, country } = row.facility;
    return { ...base, __typename: "Facility", id: toGlobalId("Facility", row.id), kind, ownerId, location, country };
  }
  return { ...base, __typename: "Person", id: toGlobalId("Person", row.id) };
}

export const entityInclude = { organization: true, model: true, person: true, product: true, facility: true } as const;

export type EventFields = Pick<
  Event,
  "id" | "key" | "type" | "title" | "summary" | "occurredText" | "occurredStart" | "occurredEnd" | "occurredPrecision" | "firstReportedOn" | "status" | "confidence"
>;

export function toEventNode(row: EventFields, asOf: AsOfDay = todayDay()): EventNode {
  return {
    __typename: "Event",
    id: toGlobalId("Event", row.id),
    eventId: row.id,
    key: row.key,
    type: row.type,
    title: row.title,
    summary: row.summary,
    occurredOn: fuzzyDateFromColumns(row.occurredText, row.occurredStart, row.occurredEnd, row.occurredPrecision),
    firstReportedOn: row.firstReportedOn,
    status: row.status,
    confidence: row.confidence,
    asOf,
  };
}

export type SourceFields = Pick<Source, "id" | "key" | "url" | "title" | "publisherId" | "language" | "publishedOn" | "contentHash"> & { text?: string };

export function toSourceNode(row: SourceFields, asOf: AsOfDay = todayDay()): SourceNode {
  return {
    __typename: "Source",
    id: toGlobalId("Source", row.id),
    sourceId: row.id,
    key: row.key,
    url: row.url,
    title: row.title,
    publisherId: row.publisherId,
    language: row.language,
    publishedOn: row.publishedOn,
    text: row.text,
    contentHash: row.contentHash,
    asOf,
  };
}
