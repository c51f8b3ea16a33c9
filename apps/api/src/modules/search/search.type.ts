import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { EntityInterface } from "../entity/entity.type";
import { EventType_ } from "../event/event.type";
import { SourceType } from "../source/source.type";
import { SEARCHABLE_TYPES, type SearchableType } from "./search.sql";

export const SearchableTypeEnum = Object.fromEntries(SEARCHABLE_TYPES.map((type) => [type, type])) as { [K in SearchableType]: K };
registerEnumType(SearchableTypeEnum, { name: "SearchableType" });

export enum SearchMatch {
  EXACT = "EXACT",
  PREFIX = "PREFIX",
  WORD = "WORD",
  INFIX = "INFIX",
  CONTAINED = "CONTAINED",
  FUZZY = "FUZZY",
}
registerEnumType(SearchMatch, {
  name: "SearchMatch",
  description:
    "How the name matched: the whole of it (also inflected: a possessive, case ending or particle taken off), its start, the start of a word, anywhere inside, the name found inside a longer query (a phrase around it), or only approximately (a typo).",
});

@ObjectType()
export class SearchHit {
  @Field(() => EntityInterface)
  entity: unknown;

  @Field({ description: "The name or alias that matched, as stored." })
  matchedAlias: string;

  @Field({ description: "Language/script of the matched alias (BCP 47)." })
  language: string;

  @Field(() => Float, { description: "0–1; exact matches score highest, then prefixes and infixes, then a name inside the query, then typos." })
  score: number;

  @Field(() => SearchMatch)
  match: SearchMatch;
}

@ObjectType({ description: "Entities of one kind, best first." })
export class SearchGroup {
  @Field(() => SearchableTypeEnum)
  type: SearchableType;

  @Field(() => [SearchHit])
  hits: SearchHit[];
}

@ObjectType()
export class EventSearchHit {
  @Field(() => EventType_)
  event: unknown;

  @Field(() => Float, { description: "Full-text rank, plus a bonus for a title containing the query." })
  score: number;
}

@ObjectType()
export class SourceSearchHit {
  @Field(() => SourceType)
  source: unknown;

  @Field({ description: "A passage around the match, in the source's language; «» mark the matched words." })
  snippet: string;

  @Field(() => Float)
  score: number;
}

@ObjectType({ description: "Search results grouped by kind: entities, then events and sources found by their text." })
export class SearchResults {
  @Field()
  query: string;

  @Field(() => [SearchGroup], { description: "Companies, labs, models, people, outlets, institutions: only kinds with hits." })
  groups: SearchGroup[];

  @Field(() => [EventSearchHit], { description: "Events whose title or summary matches (full text, substring, or near spelling)." })
  events: EventSearchHit[];

  @Field(() => [SourceSearchHit], { description: "Sources whose title or text matches, in the source language's text-search configuration." })
  sources: SourceSearchHit[];

  @Field({ description: "True when every entity hit is only a near spelling (show it as “did you mean”)." })
  fuzzy: boolean;
}
