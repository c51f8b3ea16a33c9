import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { Connection } from "../../common/pagination";
import { EventStatus, EventType, FigureKind, FigureQualifier, SortDirection, Stance } from "../../common/enums";
import type { AsOfDay } from "../../common/as-of";
import { FuzzyDateValue } from "../../common/fuzzy-date.type";
import { Node } from "../entity/entity.type";

@ObjectType("Event", { implements: Node, description: "A reported happening, with its participants, figures and citations." })
export class EventType_ extends Node {
  @Field({ description: "Stable human-readable key, e.g. `avocado-delayed-to-2026-q1`." })
  key: string;

  @Field(() => EventType)
  type: EventType;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => FuzzyDateValue, { nullable: true, description: "When it happened, as precisely as reported." })
  occurredOn: FuzzyDateValue | null;

  @Field(() => DateResolver, { description: "When it was first reported by a source Orchard holds." })
  firstReportedOn: Date;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field(() => Float, { description: "0–1, derived from the citations: independent sources raise it, denials lower it." })
  confidence: number;
}

@ObjectType("EventParticipant", { description: "An entity taking part in an event, and its role in it." })
export class EventParticipantType {
  @Field({ description: "snake_case role: subject, acquirer, target, employer, person, …" })
  role: string;

  entityId: number;
  asOf: AsOfDay;
}

@ObjectType("Figure", { description: "A number or date reported with an event: money, count, percent, date." })
export class FigureType {
  @Field(() => FigureKind)
  kind: FigureKind;

  @Field({ description: "What is measured, snake_case: capex_guidance, deal_value, stake, expected_release, …" })
  metric: string;

  @Field(() => Float, { nullable: true, description: "In base units (USD, not billions); the low end of a range; the bound for AT_LEAST and AT_MOST." })
  value: number | null;

  @Field(() => Float, { nullable: true, description: "High end of a range (700 – 720 亿美元); set only for RANGE." })
  valueMax: number | null;

  @Field(() => FigureQualifier, {
    description: 'How `value` relates to the number: EXACT, APPROXIMATE ("circa 600"), AT_LEAST ("more than 20"), AT_MOST, or RANGE (`value` to `valueMax`).',
  })
  qualifier: FigureQualifier;

  @Field(() => String, { nullable: true, description: "ISO currency for money; people, percent, … otherwise." })
  unit: string | null;

  @Field({ description: "As written in the source." })
  text: string;

  @Field(() => FuzzyDateValue, { nullable: true, description: "The date, for date figures." })
  date: FuzzyDateValue | null;

  @Field(() => FuzzyDateValue, { nullable: true, description: "When this value took effect (a guidance or plan date)." })
  effectiveOn: FuzzyDateValue | null;

  figureId: number;
  eventId: number;
  /** The day the figure is shown as of: its citations and event are read as of it too. */
  asOf: AsOfDay;
}

@ObjectType("Citation", { description: "The verbatim passage of a source that reports (or denies) a fact." })
export class CitationType {
  @Field({ description: "Verbatim, in the source's language." })
  quote: string;

  @Field(() => Int, { description: "Offset of the quote in the source text (UTF-16 code units)." })
  quoteStart: number;

  @Field(() => Stance)
  stance: Stance;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'Set on a passage cited for when its fact became public, to the day it states (the last day of the stated period): "guidance given in July", in an article of December. ' +
      "The fact shows from that day, and as of a day before its source was published this passage is what the fact rests on.",
  })
  publicSince: Date | null;

  sourceId: number;
  attributedToId: number | null;
  /** Set for a citation of an event (not of a figure, role, alias or lineage edge). */
  eventId: number | null;
  /** The day the citation is shown as of (its source and event are read as of it). */
  asOf: AsOfDay;
}

export const EventOrderField = { OCCURRED_ON: "OCCURRED_ON", FIRST_REPORTED_ON: "FIRST_REPORTED_ON", CONFIDENCE: "CONFIDENCE" } as const;
export type EventOrderField = (typeof EventOrderField)[keyof typeof EventOrderField];
registerEnumType(EventOrderField, { name: "EventOrderField" });

@InputType()
export class EventOrder {
  @Field(() => EventOrderField)
  field: EventOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

@InputType({ description: "All conditions must hold. Dates are inclusive." })
export class EventFilter {
  @Field(() => [EventType], { nullable: true })
  types?: EventType[] | null;

  @Field(() => [String], { nullable: true, description: "Slugs: events in which any of these entities takes part." })
  entities?: string[] | null;

  @Field(() => DateResolver, { nullable: true, description: "Occurred on or after (events whose period ends before are excluded)." })
  from?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Occurred on or before (events whose period starts after are excluded)." })
  to?: Date | null;

  @Field(() => [EventStatus], { nullable: true })
  status?: EventStatus[] | null;

  @Field(() => Float, { nullable: true })
  minConfidence?: number | null;

  @Field(() => String, { nullable: true, description: "Only events cited by a source in this language (BCP 47, e.g. it, zh-Hant)." })
  language?: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Only what had been reported by this date." })
  asOf?: Date | null;
}

@ObjectType()
export class EventConnection extends Connection("Event", () => EventType_) {}

export { ID };
