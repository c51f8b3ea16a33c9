import { Arg, Field, FieldResolver, Int, ObjectType, Resolver, Root, type ClassType } from "type-graphql";
import { boundedArgument } from "./list-bounds";
import type { ConnectionShape } from "./pagination";

export const COUNT_UP_TO = { default: 10_000, max: 100_000 } as const;

@ObjectType({
  description: "A count that stays cheap on any filter: counting stops at `upTo`. When `exact`, `value` is the number of items; otherwise there are more than `value` (= `upTo`).",
})
export class BoundedCount {
  @Field(() => Int)
  value: number;

  @Field({ description: "True when `value` is the whole count, false when counting stopped at `upTo`." })
  exact: boolean;
}

/**
 * `boundedCount(upTo:)` for a list connection. On a million events an exact `totalCount` can take a
 * second on a broad filter; this reads at most `upTo` + 1 matching rows, when the connection knows
 * how (root lists), and otherwise cuts its exact count to the same answer.
 */
export function boundedCountResolver(connection: ClassType) {
  @Resolver(() => connection)
  class BoundedCountResolver {
    @FieldResolver(() => BoundedCount, {
      description: `The number of items matching the filter, exact up to \`upTo\` (default ${COUNT_UP_TO.default.toLocaleString("en")}): what a list page shows as "N" or "N+". \`totalCount\` is always exact, and on a large database costs more.`,
    })
    async boundedCount(
      @Root() list: ConnectionShape<unknown>,
      @Arg("upTo", () => Int, { nullable: true, description: `Where counting stops, 1–${COUNT_UP_TO.max.toLocaleString("en")}.` }) upTo: number | null,
    ): Promise<BoundedCount> {
      const limit = boundedArgument({ field: "boundedCount", argument: "upTo", value: upTo, bounds: COUNT_UP_TO });
      const counted = list.countUpTo ? await list.countUpTo(limit) : await list.totalCount;
      return { value: Math.min(counted, limit), exact: counted <= limit };
    }
  }
  return BoundedCountResolver;
}
