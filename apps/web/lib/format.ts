import type { ModelAccess, ModelStatus } from "../src/gql/graphql";
import { fuzzyDateLabel, type FuzzyDateLike } from "./fuzzyDate";

const STATUS_LABELS: Record<ModelStatus, string> = {
  ANNOUNCED: "Announced",
  DELAYED: "Delayed",
  IN_DEVELOPMENT: "In development",
  RELEASED: "Released",
  RUMORED: "Rumored",
  SHELVED: "Shelved",
  UNKNOWN: "Status not reported",
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

/** Money in a compact, locale-aware form: 14.3e9 USD → "$14.3B" (en-US), "14,3 Mrd. $" (de-DE). */
export function formatMoney(value: number, currency: string, locale = "en-US"): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    // Not an ISO currency code: plain compact number and the unit as written.
    return `${formatCompactNumber(value, locale)} ${currency}`;
  }
}

/** 600 → "600", 12_000 → "12K" (en-US), "12.000" → "12.000" style per locale. */
export function formatCompactNumber(value: number, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

export interface FigureLike {
  kind: "COUNT" | "DATE" | "DURATION" | "MONEY" | "PERCENT";
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  text: string;
  date?: FuzzyDateLike | null;
}

const UNIT_WORDS: Record<string, string> = { people: "people", hours: "hours", percent: "%" };

/**
 * A figure's value for display, in the reader's locale: money compact with its currency,
 * ranges as "low–high", counts with their unit, dates as their English rendering.
 * Falls back to the text as written when there is no value.
 */
export function formatFigure(figure: FigureLike, locale = "en-US"): string {
  if (figure.kind === "DATE") return figure.date ? fuzzyDateLabel(figure.date) : figure.text;
  if (figure.value === null || figure.value === undefined) return figure.text;
  const one = (v: number): string => {
    switch (figure.kind) {
      case "MONEY":
        return figure.unit ? formatMoney(v, figure.unit, locale) : formatCompactNumber(v, locale);
      case "PERCENT":
        return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v)}%`;
      case "COUNT":
      case "DATE":
      case "DURATION":
        return formatCompactNumber(v, locale);
    }
  };
  const range = figure.valueMax !== null && figure.valueMax !== undefined && figure.valueMax !== figure.value ? `${one(figure.value)}–${one(figure.valueMax)}` : one(figure.value);
  if (figure.kind === "COUNT" || figure.kind === "DURATION") {
    const unit = figure.unit ? (UNIT_WORDS[figure.unit] ?? figure.unit) : "";
    return unit ? `${range} ${unit}` : range;
  }
  return range;
}

/** "CAPEX_GUIDANCE" → "Capex guidance". */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().split("_").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "capex_guidance" → "Capex guidance"; a few metrics get better names. */
export function metricLabel(metric: string): string {
  const special: Record<string, string> = { capex_guidance: "Capex guidance", deal_value: "Deal value" };
  return special[metric] ?? enumLabel(metric);
}

/** "2025-12-11" → "11 Dec 2025" (UTC, so the day never shifts). */
export function formatIsoDate(iso: string, locale = "en-GB"): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** BCP 47 tag → English name: "zh-Hant" → "Chinese (Traditional)", "und" → "Any language". */
export function languageName(tag: string): string {
  if (!tag || tag === "und") return "Any language";
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** 0.51 → "51%". */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
