/** The gold annotation format of the development set (see ../GUIDELINES.md). */
export const GUIDELINES_REF =
  "tests/devset/GUIDELINES.md v1: mentions = every named reference to a KB entity (surface includes glued " +
  "possessive/genitive/particle/proclitic; name = the name proper); unknownEntities = every named person, " +
  "organisation, model or product the KB snapshot lacks; figures = MONEY/PERCENT/COUNT(people)/DATE with " +
  "qualifier; occurrence = 0-based index among case-sensitive matches of the exact string in the body " +
  "(everything after the header's empty line), start = UTF-16 offset; noise lines are not annotated.";

export const KB_SNAPSHOT = "2f9fb5f";

export const ENTITY_TYPES = ["PERSON", "ORGANIZATION", "MODEL", "PRODUCT"] as const;
export const FIGURE_KINDS = ["MONEY", "PERCENT", "COUNT", "DATE"] as const;
export const QUALIFIERS = ["exact", "approximate", "at_least", "at_most", "range"] as const;

export interface SpanRef {
  surface: string;
  occurrence: number;
  start: number;
  /** The name proper inside `surface`, when inflection or a particle is glued to it. */
  name?: string;
}

export interface Mention extends SpanRef {
  slug: string;
}

export interface UnknownEntity {
  slug: string;
  name: string;
  type: (typeof ENTITY_TYPES)[number];
  surfaces: SpanRef[];
}

export interface Figure {
  kind: (typeof FIGURE_KINDS)[number];
  text: string;
  occurrence: number;
  start: number;
  qualifier: (typeof QUALIFIERS)[number];
  value?: number;
  valueMax?: number;
  unit?: string;
  date?: string;
  dateMax?: string;
}

export interface Gold {
  file: string;
  id: string;
  language: string;
  publishedOn: string;
  guidelines: string;
  kbSnapshot: string;
  noise: string[];
  distractors: string[];
  mentions: Mention[];
  unknownEntities: UnknownEntity[];
  figures: Figure[];
}
