import type { ModelAccess, ModelStatus } from "../src/gql/graphql";

const STATUS_LABELS: Record<ModelStatus, string> = {
  ANNOUNCED: "Announced",
  DELAYED: "Delayed",
  IN_DEVELOPMENT: "In development",
  RELEASED: "Released",
  RUMORED: "Rumored",
  SHELVED: "Shelved",
};

const ACCESS_LABELS: Record<ModelAccess, string> = {
  API_ONLY: "API only",
  CLOSED: "Closed",
  OPEN_WEIGHTS: "Open weights",
  UNKNOWN: "Unknown access",
};

export function modelStatusLabel(status: ModelStatus): string {
  return STATUS_LABELS[status];
}

export function modelAccessLabel(access: ModelAccess): string {
  return ACCESS_LABELS[access];
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** "US" → "United States"; null/invalid codes → "—" or the code itself. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "—";
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  return regionNames.of(upper) ?? upper;
}

/** "1 company", "3 companies". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
