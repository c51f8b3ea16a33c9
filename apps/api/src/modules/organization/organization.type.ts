import { Field, InterfaceType, ObjectType } from "type-graphql";
import { OrganizationKind } from "../../common/enums";
import type { OrganizationNode } from "../../common/nodes";
import { EntityInterface, Node } from "../entity/entity.type";

@InterfaceType("Organization", {
  implements: [Node, EntityInterface],
  description: "Companies, labs and teams, media outlets and other institutions, in one hierarchy (Meta → MSL → TBD Lab).",
  resolveType: (value: OrganizationNode) => value.__typename,
})
export abstract class OrganizationInterface extends EntityInterface {
  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  country: string | null;
}

@ObjectType({ implements: [Node, EntityInterface, OrganizationInterface], description: "A company or an investor." })
export class Company extends OrganizationInterface {}

@ObjectType({ implements: [Node, EntityInterface, OrganizationInterface], description: "A lab, team or division inside a company." })
export class Lab extends OrganizationInterface {}

@ObjectType({ implements: [Node, EntityInterface, OrganizationInterface], description: "A publisher or news outlet." })
export class MediaOutlet extends OrganizationInterface {}

@ObjectType({
  implements: [Node, EntityInterface, OrganizationInterface],
  description: "Universities, public bodies and other organizations (data centre projects among them).",
})
export class Institution extends OrganizationInterface {}
