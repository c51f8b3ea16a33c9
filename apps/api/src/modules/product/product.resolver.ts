import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../common/context";
import type { FacilityNode, ProductNode } from "../../common/nodes";
import { OrganizationInterface } from "../organization/organization.type";
import { FacilityType, ProductType } from "./product.type";

@Resolver(() => ProductType)
export class ProductResolver {
  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The company that owns it." })
  owner(@Root() product: ProductNode, @Ctx() { loaders }: RequestContext) {
    return product.ownerId == null ? null : loaders.at(product.asOf).entity.load(product.ownerId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The organization that builds it." })
  developer(@Root() product: ProductNode, @Ctx() { loaders }: RequestContext) {
    return product.developerId == null ? null : loaders.at(product.asOf).entity.load(product.developerId);
  }
}

@Resolver(() => FacilityType)
export class FacilityResolver {
  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The company that owns or operates it." })
  owner(@Root() facility: FacilityNode, @Ctx() { loaders }: RequestContext) {
    return facility.ownerId == null ? null : loaders.at(facility.asOf).entity.load(facility.ownerId);
  }
}
