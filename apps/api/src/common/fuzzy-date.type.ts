import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { describeFuzzyDate, type DatePrecision } from "./fuzzy-date";

export const DatePrecisionEnum = {
  DAY: "DAY",
  MONTH: "MONTH",
  SEASON: "SEASON",
  QUARTER: "QUARTER",
  HALF: "HALF",
  YEAR: "YEAR",
} as const;
registerEnumType(DatePrecisionEnum, { name: "DatePrecision", description: "How precisely a fuzzy date is known." });

@ObjectType("FuzzyDate", { description: 'A date known to some precision: "Q1 2026", "end of 2025", "2025-10-22".' })
export class FuzzyDateValue {
  @Field({ description: "As written in the source when it says so, else an English rendering." })
  text: string;

  @Field(() => DateResolver, { description: "First day of the period." })
  start: Date;

  @Field(() => DateResolver, { description: "Last day of the period." })
  end: Date;

  @Field(() => DatePrecisionEnum)
  precision: DatePrecision;
}

/** Builds the GraphQL value from stored columns; null when the date is unknown. */
export function fuzzyDateFromColumns(
  text: string | null | undefined,
  start: Date | null | undefined,
  end: Date | null | undefined,
  precision: DatePrecision | null | undefined,
): FuzzyDateValue | null {
  if (!start || !precision) return null;
  const last = end ?? start;
  return { text: text ?? describeFuzzyDate({ start, end: last, precision }), start, end: last, precision };
}
