import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { AS_OF_ARGUMENT, asOfDay } from "../../common/as-of";
import type { RequestContext } from "../../common/context";
import type { EntityNode } from "../../common/nodes";
import { Connection, ConnectionArgs, toPage } from "../../common/pagination";
import { EntityOrder } from "../entity/entity.args";
import { CitationType } from "../event/event.type";
import { toCitation } from "../event/event.resolver";
import { OrganizationInterface } from "../organization/organization.type";
import { listPeople, toRole } from "./person.service";
import { PersonType, RoleType } from "./person.type";

@InputType()
class PersonFilter {
  @Field(() => String, { nullable: true, description: "Slug of an organization the person held a role at." })
  organization?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only people with a current role (at `organization` when given) on the as-of date." })
  currentOnly?: boolean | null;

  @Field(() => DateResolver, { nullable: true, description: "Only what had been reported by this date, shown as it stood then (default today)." })
  asOf?: Date | null;
}

@ArgsType()
class PersonConnectionArgs extends ConnectionArgs {
  @Field(() => PersonFilter, { nullable: true })
  filter?: PersonFilter | null;

  @Field(() => EntityOrder, { nullable: true, description: "Default: name ascending." })
  orderBy?: EntityOrder | null;
}

@ObjectType()
export class PersonConnection extends Connection("Person", () => PersonType) {}

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonType, { nullable: true, description: "A person by slug (`alexandr-wang`); null when unknown (or not yet reported by `asOf`)." })
  async person(@Arg("slug") slug: string, @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null, @Ctx() { loaders }: RequestContext) {
    const node = await loaders.at(asOfDay(asOf)).entityBySlug.load(slug);
    return node?.__typename === "Person" ? node : null;
  }

  @Query(() => PersonConnection)
  people(@Args() args: PersonConnectionArgs, @Ctx() { reader }: RequestContext) {
    const { filter, orderBy } = args;
    return listPeople({ reader, filter, orderBy, page: toPage(args), asOf: asOfDay(filter?.asOf) });
  }

  @FieldResolver(() => [RoleType], {
    description: "Roles in the order the person held them, as reported by `asOf` (default: the person's day); `isCurrent` is judged on that day.",
  })
  async roles(@Root() person: EntityNode, @Arg("asOf", () => DateResolver, { nullable: true }) asOf: Date | null, @Ctx() { loaders }: RequestContext): Promise<RoleType[]> {
    const day = asOfDay(person.asOf, asOf);
    return (await loaders.at(day).rolesByPerson.load(person.entityId)).map((row) => toRole(row, day));
  }
}

@Resolver(() => RoleType)
export class RoleResolver {
  @FieldResolver(() => PersonType)
  person(@Root() role: RoleType, @Ctx() { loaders }: RequestContext) {
    return loaders.at(role.asOf).entity.load(role.personId);
  }

  @FieldResolver(() => OrganizationInterface)
  organization(@Root() role: RoleType, @Ctx() { loaders }: RequestContext) {
    return loaders.at(role.asOf).entity.load(role.organizationId);
  }

  @FieldResolver(() => [CitationType])
  async citations(@Root() role: RoleType, @Ctx() { loaders }: RequestContext) {
    return (await loaders.at(role.asOf).citationsOf("roleId", role.roleId)).map((row) => toCitation(row, role.asOf));
  }
}
