/** What the figure extractors return: shared by the number, amount and date rules and by callers. */
export type FigureKind = "MONEY" | "PERCENT" | "COUNT" | "DATE";
/** How `value` relates to the number written, as the knowledge base's FigureQualifier: "rund 600", "more than 20", "$70–72B". */
export type FigureQualifier = "EXACT" | "APPROXIMATE" | "AT_LEAST" | "AT_MOST" | "RANGE";
export type DatePrecision = "DAY" | "MONTH" | "SEASON" | "QUARTER" | "HALF" | "YEAR";

export interface FuzzyDate {
  start: string;
  end: string;
  precision: DatePrecision;
  /** The knowledge base's fuzzy-date notation: 2025, 2025-H2, 2025-Q1, 2025-10, 2025-10-22, 2025-autumn, 2025-late. */
  fuzzy: string;
}

export interface Figure {
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  value?: number;
  /** Upper bound of a range ("700 – 720 亿美元"); value is then the lower bound. */
  valueMax?: number;
  /**
   * Set on amounts, shares and head counts, whose text then includes the qualifier's words; on a date when its words
   * bound or widen it ("by the end of the week" AT_MOST, "2026年3月期" RANGE, "月底" APPROXIMATE).
   */
  qualifier?: FigureQualifier;
  /** ISO 4217 code for money, "%" for percentages, "people" for head counts. */
  unit?: string;
  currency?: string;
  date?: FuzzyDate;
}

export interface FigureContext {
  language: string;
  /** The article's date, YYYY-MM-DD: relative periods ("this autumn", "明年春季") are resolved against it. */
  publishedOn: string;
}
