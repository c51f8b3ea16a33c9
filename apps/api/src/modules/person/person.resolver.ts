import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateResolver } from "graphql-scalars";
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

  @Field(() => Boolean, { nullable: true, description: "Only people with a current role (at `organization` when given)." })
  currentOnly?: boolean | null;
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
  @Query(() => PersonType, { nullable: true, description: "A person by slug (`alexandr-wang`); null when unknown." })
  async person(@Arg("slug") slug: string, @Ctx() { loaders }: RequestContext) {
    const node = await loaders.entityBySlug.load(slug);
    return node?.__typename === "Person" ? node : null;
  }

  @Query(() => PersonConnection)
  people(@Args() args: PersonConnectionArgs, @Ctx() { reader }: RequestContext) {
    return listPeople({ reader, filter: args.filter, orderBy: args.orderBy, page: toPage(args) });
  }

  @FieldResolver(() => [RoleType], { description: "Roles over time, oldest first; `isCurrent` is judged on `asOf` (default today)." })
  async roles(
    @Root() person: EntityNode,
    @Arg("asOf", () => DateResolver, { nullable: true }) asOf: Date | null,
    @Ctx() { loaders }: RequestContext,
  ): Promise<RoleType[]> {
    const when = asOf ?? new Date();
    return (await loaders.rolesByPerson.load(person.entityId))
      .filter((row) => !asOf || !row.startDate || row.startDate <= asOf)
      .map((row) => toRole(row, when));
  }
}

@Resolver(() => RoleType)
export class RoleResolver {
  @FieldResolver(() => PersonType)
  person(@Root() role: RoleType, @Ctx() { loaders }: RequestContext) {
    return loaders.entity.load(role.personId);
  }

  @FieldResolver(() => OrganizationInterface)
  organization(@Root() role: RoleType, @Ctx() { loaders }: RequestContext) {
    return loaders.entity.load(role.organizationId);
  }

  @FieldResolver(() => [CitationType])
  async citations(@Root() role: RoleType, @Ctx() { loaders }: RequestContext) {
    return (await loaders.citationsByRole.load(role.roleId)).map(toCitation);
  }
}
