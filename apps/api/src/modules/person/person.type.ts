import { Field, ObjectType } from "type-graphql";
import { FuzzyDateValue } from "../../common/fuzzy-date.type";
import type { AsOfDay } from "../../common/as-of";
import { EntityInterface, Node } from "../entity/entity.type";

@ObjectType("Person", { implements: [Node, EntityInterface] })
export class PersonType extends EntityInterface {}

@ObjectType("Role", { description: "A position a person held at an organization, with its dates and sources." })
export class RoleType {
  @Field()
  title: string;

  @Field(() => FuzzyDateValue, { nullable: true })
  start: FuzzyDateValue | null;

  @Field(() => FuzzyDateValue, { nullable: true, description: "Null while the role is current (as far as the sources say)." })
  end: FuzzyDateValue | null;

  @Field({ description: "Whether the role was held on the as-of date (today by default)." })
  isCurrent: boolean;

  roleId: number;
  personId: number;
  organizationId: number;
  /** The day the role is shown as of (its end, `isCurrent`, citations and organization). */
  asOf: AsOfDay;
}
