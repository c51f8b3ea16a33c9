import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { AsOfDay } from "../../common/as-of";
import { DateResolver } from "graphql-scalars";
import { CandidateStatus, EventType, FigureKind, FigureQualifier } from "../../common/enums";
import { FuzzyDateValue } from "../../common/fuzzy-date.type";
import { Connection } from "../../common/pagination";
import { Node } from "../entity/entity.type";

export const DocumentFormat = { TEXT: "TEXT", HTML: "HTML" } as const;
export type DocumentFormat = (typeof DocumentFormat)[keyof typeof DocumentFormat];
registerEnumType(DocumentFormat, { name: "DocumentFormat" });

export const IngestStatus = { CREATED: "CREATED", DUPLICATE: "DUPLICATE", REPUBLICATION: "REPUBLICATION" } as const;
export type IngestStatus = (typeof IngestStatus)[keyof typeof IngestStatus];
registerEnumType(IngestStatus, {
  name: "IngestStatus",
  valuesConfig: {
    CREATED: { description: "Stored as a new source, with its mentions, figures, event candidates and entity candidates." },
    DUPLICATE: { description: "The same text is already stored: nothing changed." },
    REPUBLICATION: { description: "A near-identical article is stored: linked to it, not stored twice." },
  },
});

@InputType()
export class IngestDocumentInput {
  @Field({ description: "The article: plain text, or HTML with `format: HTML`." })
  text: string;

  @Field(() => DocumentFormat, { defaultValue: DocumentFormat.TEXT })
  format: DocumentFormat;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Defaults to the first line of the text." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "BCP 47; detected when absent." })
  language?: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Defaults to the day of ingestion." })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Slug or name of the publishing organization." })
  publisher?: string | null;
}

export const MentionLinkMethod = { EXACT_ALIAS: "EXACT_ALIAS", TRANSLITERATION: "TRANSLITERATION" } as const;
export type MentionLinkMethod = (typeof MentionLinkMethod)[keyof typeof MentionLinkMethod];
registerEnumType(MentionLinkMethod, {
  name: "MentionLinkMethod",
  description: "How ingestion linked a mention to its entity.",
  valuesConfig: {
    EXACT_ALIAS: { description: "The text spells the entity's name or one of its aliases." },
    TRANSLITERATION: {
      description: "A katakana, Hangul or Chinese phonetic form that sounds like one of the entity's Latin names but is not an alias: a proposal, with a confidence below 1.",
    },
  },
});

@ObjectType("Mention", { description: "Where a source names an entity: offsets into Source.text (UTF-16 code units)." })
export class MentionType {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field({ description: "The name as written." })
  surface: string;

  @Field(() => MentionLinkMethod, { description: "How the name was linked: an exact alias, or a proposal by sound." })
  linkedBy: MentionLinkMethod;

  @Field(() => Float, { nullable: true, description: "How sure the link is, below 1 (0.72–0.9 for a transliteration); null for an exact alias." })
  confidence: number | null;

  entityId: number;
  sourceId: number;
  asOf: AsOfDay;
}

@ObjectType()
export class MentionConnection extends Connection("Mention", () => MentionType) {}

@ObjectType("ExtractedFigure", { description: "A figure found in a source's text, normalized: money, percentage, head count or date." })
export class ExtractedFigureType {
  @Field(() => Int, { description: "Order in the source." })
  position: number;

  @Field(() => FigureKind)
  kind: FigureKind;

  @Field({ description: "As written." })
  text: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field(() => Float, { nullable: true, description: "In base units (USD, not billions); the low end of a range." })
  value: number | null;

  @Field(() => Float, { nullable: true })
  valueMax: number | null;

  @Field(() => FigureQualifier, {
    description:
      'How `value` (or `date`) relates to what is written: EXACT, APPROXIMATE ("rund 600"), AT_LEAST ("mais de 60 milhões"), AT_MOST ("until the end of the week"), or RANGE (`value` to `valueMax`).',
  })
  qualifier: FigureQualifier;

  @Field(() => String, { nullable: true, description: "ISO currency for money; % or people otherwise." })
  unit: string | null;

  @Field(() => FuzzyDateValue, { nullable: true })
  date: FuzzyDateValue | null;
}

@ObjectType("CandidateParticipant")
export class CandidateParticipantType {
  @Field()
  role: string;

  entityId: number;
}

@ObjectType("EventCandidate", {
  implements: Node,
  description: "An event proposed by ingestion from one sentence. Not a fact until an analyst accepts or merges it.",
})
export class EventCandidateType extends Node {
  @Field(() => EventType)
  type: EventType;

  @Field(() => CandidateStatus)
  status: CandidateStatus;

  @Field({ description: "The sentence, verbatim." })
  quote: string;

  @Field(() => Int)
  quoteStart: number;

  @Field({ description: "The cue word that suggested the event type, as written." })
  cue: string;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  candidateId: number;
  sourceId: number;
  eventId: number | null;
  participants: CandidateParticipantType[];
  figurePositions: number[];
}

@ObjectType()
export class EventCandidateConnection extends Connection("EventCandidate", () => EventCandidateType) {}

@ObjectType("IngestResult")
export class IngestResultType {
  @Field(() => IngestStatus)
  status: IngestStatus;

  @Field(() => Float, { nullable: true, description: "Estimated similarity to the stored article, for a re-publication." })
  similarity: number | null;

  @Field(() => [String], { description: "What was accepted with a caveat (an unknown publisher…)." })
  warnings: string[];

  sourceId: number;
}

@InputType()
export class AcceptCandidateInput {
  @Field({ description: "The event's title, in English, in our own words." })
  title: string;

  @Field(() => EventType, { nullable: true, description: "Overrides the proposed type." })
  type?: EventType | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "Fuzzy date: 2026-Q1, 2025-autumn, 2025-10-22…" })
  occurredOn?: string | null;
}
