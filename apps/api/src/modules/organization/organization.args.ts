import { ArgsType, Field, InputType } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { ConnectionArgs } from "../../common/pagination";
import { OrganizationKind } from "../../common/enums";
import { EntityOrder } from "../entity/entity.args";

@InputType()
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => String, { nullable: true, description: "Slug of the parent organization." })
  parent?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  country?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only organizations a dated source had spoken of by the as-of day (the registry's entries known by name only have none).",
  })
  reported?: boolean | null;

  @Field(() => DateResolver, { nullable: true, description: "Only what had been reported by this date, shown as it stood then (default today)." })
  asOf?: Date | null;
}

@ArgsType()
export class OrganizationConnectionArgs extends ConnectionArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  filter?: OrganizationFilter | null;

  @Field(() => EntityOrder, { nullable: true, description: "Default: name ascending." })
  orderBy?: EntityOrder | null;
}
