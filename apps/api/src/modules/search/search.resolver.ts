import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { EntityInterface } from "../entity/entity.type";
import { SEARCHABLE_TYPES, searchEntities, type SearchableType } from "./search.service";

const SearchableTypeEnum = Object.fromEntries(SEARCHABLE_TYPES.map((type) => [type, type])) as { [K in SearchableType]: K };
registerEnumType(SearchableTypeEnum, { name: "SearchableType" });

@ObjectType()
export class SearchHit {
  @Field(() => EntityInterface)
  entity: unknown;

  @Field({ description: "The name or alias that matched, as stored." })
  matchedAlias: string;

  @Field({ description: "Language/script of the matched alias (BCP 47)." })
  language: string;

  @Field(() => Float, { description: "0–1; exact matches score highest." })
  score: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: "Entities by any name or alias, in any language and script; case, accents and Chinese script folded." })
  search(
    @Arg("query") query: string,
    @Arg("types", () => [SearchableTypeEnum], { nullable: true }) types: SearchableType[] | null,
    @Arg("first", () => Int, { defaultValue: 10, description: "1–50." }) first: number,
    @Ctx() { prisma }: RequestContext,
  ) {
    return searchEntities({ prisma, query, types, first });
  }
}
