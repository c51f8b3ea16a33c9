import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { AliasKind } from "../../common/enums";
import type { EntityNode } from "../../common/nodes";

@InterfaceType({
  description: "An object with an opaque global ID, fetchable with `node(id)`.",
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID)
  id: string;
}

@ObjectType("Alias", { description: "A name of an entity in one language or script." })
export class AliasType {
  @Field()
  name: string;

  @Field({ description: 'BCP 47 tag of the language or script the alias is used in ("zh-Hant", "it"; "und" when universal).' })
  language: string;

  @Field(() => AliasKind)
  kind: AliasKind;

  @Field({ description: "The name also names someone or something else (汪滔 is also DJI's founder): read `note` before linking it." })
  ambiguous: boolean;

  @Field(() => String, { nullable: true, description: "What else the name names, and how to tell them apart." })
  note: string | null;
}

@InterfaceType("Entity", {
  implements: Node,
  description: "Anything the knowledge graph names: organizations, models and products, people.",
  resolveType: (value: EntityNode) => value.__typename,
})
export abstract class EntityInterface extends Node {
  @Field({ description: "Stable kebab-case English name, e.g. `meta`, `avocado`, `alexandr-wang`." })
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}
