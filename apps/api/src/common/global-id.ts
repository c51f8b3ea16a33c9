import { GraphQLError } from "graphql";

/** Opaque global IDs: base64url("Type:localId"). Clients must treat them as strings. */
export type NodeTypeName = "Company" | "Lab" | "MediaOutlet" | "Institution" | "AiModel" | "Product" | "Facility" | "Person" | "Event" | "Source" | "EventCandidate";

export function toGlobalId(type: NodeTypeName, localId: number): string {
  return Buffer.from(`${type}:${localId}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): { type: string; localId: number } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const match = decoded.match(/^([A-Za-z]+):(\d+)$/);
  if (!match) return null;
  return { type: match[1], localId: Number(match[2]) };
}

export function badUserInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...extra } });
}
