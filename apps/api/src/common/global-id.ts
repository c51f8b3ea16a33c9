import { GraphQLError } from "graphql";

/** Opaque global IDs: base64url("Type:localId"). Clients must treat them as strings. */
export type NodeTypeName =
  "Company" | "Lab" | "MediaOutlet" | "Institution" | "AiModel" | "Product" | "Facility" | "Person" | "Event" | "Source" | "EventCandidate" | "EntityCandidate";

export function toGlobalId(type: NodeTypeName, localId: number): string {
  return Buffer.from(`${type}:${localId}`, "utf8").toString("base64url");
}

/** Row IDs are PostgreSQL `integer`s: a larger number names no row, and must not reach a query. */
const MAX_LOCAL_ID = 2_147_483_647;
/** Longer than any ID this API issues ("EventCandidate:2147483647" in base64url is 36 characters). */
const MAX_GLOBAL_ID_LENGTH = 100;

/** The type and row ID of a global ID; null for anything this API could not have issued. */
export function fromGlobalId(globalId: string): { type: string; localId: number } | null {
  if (globalId.length > MAX_GLOBAL_ID_LENGTH) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const match = decoded.match(/^([A-Za-z]{1,40}):([1-9]\d{0,9})$/);
  if (!match) return null;
  const localId = Number(match[2]);
  if (localId > MAX_LOCAL_ID) return null;
  return { type: match[1], localId };
}

export function badUserInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...extra } });
}
