import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import type { RequestContext } from "../../common/context";
import { AS_OF_ARGUMENT, asOfDay } from "../../common/as-of";
import { searchAll, searchEntities, type SearchableType } from "./search.service";
import { SearchableTypeEnum, SearchHit, SearchResults } from "./search.type";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Entities by any name or alias, in any language and script; case, accents and Chinese script folded; forgives typos, possessives, case endings, particles glued to a name (메타의, メタの, وجوجل) and run-together words, and finds a name inside a phrase ("the Claude models").',
  })
  search(
    @Arg("query") query: string,
    @Arg("types", () => [SearchableTypeEnum], { nullable: true }) types: SearchableType[] | null,
    @Arg("first", () => Int, { defaultValue: 10, description: "1–50." }) first: number,
    @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null,
    @Ctx() { reader }: RequestContext,
  ) {
    return searchEntities({ reader, query, types, first, asOf: asOfDay(asOf) });
  }

  @Query(() => SearchResults, { description: "Entities grouped by kind, and events and sources by full text: what a search page or a suggestion box shows." })
  searchAll(
    @Arg("query") query: string,
    @Arg("types", () => [SearchableTypeEnum], { nullable: true, description: "Entity kinds to include (default all)." }) types: SearchableType[] | null,
    @Arg("first", () => Int, { defaultValue: 5, description: "Hits per group, and events and sources each: 1–20." }) first: number,
    @Arg("asOf", () => DateResolver, { nullable: true, description: "Only entities, events and sources reported by this date, as they stood then (default today)." })
    asOf: Date | null,
    @Ctx() { reader }: RequestContext,
  ) {
    return searchAll({ reader, query, types, first, asOf: asOfDay(asOf) });
  }
}
