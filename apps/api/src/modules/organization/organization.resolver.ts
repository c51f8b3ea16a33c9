import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { AS_OF_ARGUMENT, asOfDay } from "../../common/as-of";
import type { RequestContext } from "../../common/context";
import type { EntityNode, ModelNode, OrganizationNode } from "../../common/nodes";
import { Connection, toPage } from "../../common/pagination";
import { AiModelType } from "../model/model.type";
import { RoleType } from "../person/person.type";
import { toRole } from "../person/person.service";
import { OrganizationConnectionArgs } from "./organization.args";
import { listOrganizations, organizationBySlug } from "./organization.service";
import { Company, Lab, OrganizationInterface } from "./organization.type";
import { descendantOrganizations, modelsInScope } from "./organization.sql";
import { keptRoles, roleCounts } from "./organization.roles";
import { COMPANY_MODELS, ORGANIZATION_ROLES, listLimit } from "./organization.limits";
import { keptModels } from "../model/model.service";

@ObjectType()
export class CompanyConnection extends Connection("Company", () => Company) {}

@ObjectType()
export class LabConnection extends Connection("Lab", () => Lab) {}

const isModel = (node: EntityNode | null): node is ModelNode => node?.__typename === "AiModel";

@Resolver(() => OrganizationInterface)
export class OrganizationResolver {
  @Query(() => Company, { nullable: true, description: "A company by slug (`meta`, `openai`); null when unknown (or not yet reported by `asOf`)." })
  company(@Arg("slug") slug: string, @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null, @Ctx() { loaders }: RequestContext) {
    return organizationBySlug({ load: (s) => loaders.at(asOfDay(asOf)).entityBySlug.load(s), slug, typeName: "Company" });
  }

  @Query(() => Lab, { nullable: true, description: "A lab, team or division by slug (`tbd-lab`, `fair`); null when unknown (or not yet reported by `asOf`)." })
  lab(@Arg("slug") slug: string, @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null, @Ctx() { loaders }: RequestContext) {
    return organizationBySlug({ load: (s) => loaders.at(asOfDay(asOf)).entityBySlug.load(s), slug, typeName: "Lab" });
  }

  @Query(() => CompanyConnection)
  companies(@Args() args: OrganizationConnectionArgs, @Ctx() { reader }: RequestContext) {
    const { filter, orderBy } = args;
    return listOrganizations({ reader, typeName: "Company", filter, orderBy, page: toPage(args), asOf: asOfDay(filter?.asOf) });
  }

  @Query(() => LabConnection)
  labs(@Args() args: OrganizationConnectionArgs, @Ctx() { reader }: RequestContext) {
    const { filter, orderBy } = args;
    return listOrganizations({ reader, typeName: "Lab", filter, orderBy, page: toPage(args), asOf: asOfDay(filter?.asOf) });
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true })
  parent(@Root() org: OrganizationNode, @Ctx() { loaders }: RequestContext) {
    return org.parentId == null ? null : loaders.at(org.asOf).entity.load(org.parentId);
  }

  @FieldResolver(() => [OrganizationInterface], { description: "Direct sub-organizations." })
  children(@Root() org: OrganizationNode, @Ctx() { loaders }: RequestContext) {
    return loaders.at(org.asOf).childOrganizations.load(org.entityId);
  }

  @FieldResolver(() => [RoleType], {
    description:
      "Roles held at this organization (itself only, not its sub-organizations), in start order; `isCurrent` as of the organization's day. At most `first`: the current ones first, leadership first among them, then the most recently started. `roleCount` says how many there are; `people(filter: {organization})` pages through them all.",
  })
  async roles(
    @Root() org: OrganizationNode,
    @Arg("first", () => Int, { nullable: true, description: `How many roles at most, 1–${ORGANIZATION_ROLES.max} (default ${ORGANIZATION_ROLES.default}).` }) first: number | null,
    @Ctx() context: RequestContext,
  ): Promise<RoleType[]> {
    return (await keptRoles(context, org.asOf, listLimit("roles", first, ORGANIZATION_ROLES)).load(org.entityId)).map((row) => toRole(row, org.asOf));
  }

  @FieldResolver(() => Int, { description: "How many roles are held at this organization (itself only), reported by the organization's day." })
  roleCount(@Root() org: OrganizationNode, @Ctx() context: RequestContext): Promise<number> {
    return roleCounts(context, org.asOf).load(org.entityId);
  }
}

/** The models (not products) a company or its labs own or develop, by name: what `models` cuts and `modelCount` counts. */
async function modelsOfCompany(context: RequestContext, company: OrganizationNode): Promise<ModelNode[]> {
  const nodes = await modelsInScope(context, company.asOf).load(company.entityId);
  return nodes.filter(isModel).sort((a, b) => a.name.localeCompare(b.name));
}

@Resolver(() => Company)
export class CompanyResolver {
  @FieldResolver(() => [Lab], { description: "Labs, teams and divisions anywhere below the company." })
  async labs(@Root() company: OrganizationNode, @Ctx() context: RequestContext) {
    const nodes = await descendantOrganizations(context, company.asOf).load(company.entityId);
    return nodes.filter((node) => node.__typename === "Lab");
  }

  @FieldResolver(() => [AiModelType], {
    description:
      "Models owned or developed by the company or its labs, by name. At most `first`: released ones first, newest first, then those with a reported status or access, before models known by name only. `modelCount` says how many there are; `models(filter: {organization})` pages through them.",
  })
  async models(
    @Root() company: OrganizationNode,
    @Arg("first", () => Int, { nullable: true, description: `How many models at most, 1–${COMPANY_MODELS.max} (default ${COMPANY_MODELS.default}).` }) first: number | null,
    @Ctx() context: RequestContext,
  ) {
    const limit = listLimit("models", first, COMPANY_MODELS);
    return keptModels(await modelsOfCompany(context, company), limit);
  }

  @FieldResolver(() => Int, { description: "How many models the company or its labs own or develop, as of the company's day." })
  async modelCount(@Root() company: OrganizationNode, @Ctx() context: RequestContext): Promise<number> {
    return (await modelsOfCompany(context, company)).length;
  }
}

@Resolver(() => Lab)
export class LabResolver {
  @FieldResolver(() => Company, { nullable: true, description: "The company the lab belongs to (the nearest company ancestor)." })
  async company(@Root() lab: OrganizationNode, @Ctx() { loaders }: RequestContext) {
    const dated = loaders.at(lab.asOf);
    let current: EntityNode | null = lab;
    while (current && "parentId" in current && current.parentId != null) {
      current = await dated.entity.load(current.parentId);
      if (current?.__typename === "Company") return current;
    }
    return null;
  }

  @FieldResolver(() => [AiModelType], { description: "Models and products this lab develops." })
  async models(@Root() lab: OrganizationNode, @Ctx() { loaders }: RequestContext) {
    return loaders.at(lab.asOf).modelsByDeveloper.load(lab.entityId);
  }
}
