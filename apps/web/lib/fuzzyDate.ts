/**
 * English wording of fuzzy dates. The API gives `text` as written in the source when the source
 * says so ("primo trimestre del 2026", "今年夏天"), else an English rendering ("end of 2025").
 * Pages show English; the wording as written stays available as a tooltip.
 */

export interface FuzzyDateLike {
  text: string;
  start?: string | null;
  end?: string | null;
  precision?: "DAY" | "MONTH" | "QUARTER" | "HALF" | "SEASON" | "YEAR" | null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const ENGLISH_TEXT = new RegExp(
  "^(?:(?:early|mid|late|end of|start of|beginning of|around|by)[ -])?" +
    "(?:(?:Q[1-4]|H[12]|spring|summer|autumn|fall|winter|" +
    MONTHS.join("|") +
    ")\\s+)?\\d{4}(?:[–-]\\d{2,4})?$",
  "i",
);

/** True when the text already is an English rendering (not an ISO string, not another language). */
export function isEnglishDateText(text: string): boolean {
  return ENGLISH_TEXT.test(text.trim()) && !/^\d{4}-\d{2}/.test(text.trim());
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return [y, m, d];
}

/** An English rendering from the period and its precision; null when they are missing. */
export function renderFuzzyDate(date: FuzzyDateLike): string | null {
  if (!date.start || !date.precision) return null;
  const [y, m, d] = parts(date.start);
  switch (date.precision) {
    case "DAY":
      return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
    case "MONTH":
      return `${MONTHS[m - 1]} ${y}`;
    case "QUARTER":
      return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case "HALF":
      return `H${m <= 6 ? 1 : 2} ${y}`;
    case "SEASON": {
      if (m === 12 || m <= 2) {
        const startYear = m === 12 ? y : y - 1;
        return `winter ${startYear}–${String((startYear + 1) % 100).padStart(2, "0")}`;
      }
      return `${m <= 5 ? "spring" : m <= 8 ? "summer" : "autumn"} ${y}`;
    }
    case "YEAR":
      return String(y);
    default:
      return null;
  }
}

/** What to show: the API's English text when it is English, else our rendering, else the text. */
export function fuzzyDateLabel(date: FuzzyDateLike): string {
  if (isEnglishDateText(date.text)) return date.text.trim();
  return renderFuzzyDate(date) ?? date.text;
}

/** The wording as written, when it differs from the label (for a tooltip), else undefined. */
export function fuzzyDateOriginal(date: FuzzyDateLike): string | undefined {
  const label = fuzzyDateLabel(date);
  return label === date.text ? undefined : date.text;
}
