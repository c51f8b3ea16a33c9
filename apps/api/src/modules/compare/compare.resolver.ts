import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import type { RequestContext } from "../../common/context";
import { asOfDay } from "../../common/as-of";
import { compareCompanies, MAX_COMPARED } from "./compare.service";
import { Comparison } from "./compare.type";

@Resolver()
export class CompareResolver {
  @Query(() => Comparison, { description: `Side-by-side data of 1–${MAX_COMPARED} companies as known on \`asOf\` (default today).` })
  compare(@Arg("slugs", () => [String]) slugs: string[], @Arg("asOf", () => DateResolver, { nullable: true }) asOf: Date | null, @Ctx() { reader, loaders }: RequestContext) {
    const day = asOfDay(asOf);
    return compareCompanies({ reader, slugs, asOf: day, entities: loaders.at(day).entity });
  }
}
