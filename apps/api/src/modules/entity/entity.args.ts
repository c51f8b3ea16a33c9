import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination";
import { SortDirection } from "../../common/enums";
import { EventFilter, EventOrder } from "../event/event.type";

@ArgsType()
export class EventConnectionArgs extends ConnectionArgs {
  @Field(() => EventFilter, { nullable: true })
  filter?: EventFilter | null;

  @Field(() => EventOrder, { nullable: true, description: "Default: occurredOn, newest first." })
  orderBy?: EventOrder | null;
}

export const EntityOrderField = { NAME: "NAME", SLUG: "SLUG" } as const;
export type EntityOrderField = (typeof EntityOrderField)[keyof typeof EntityOrderField];
registerEnumType(EntityOrderField, { name: "EntityOrderField" });

@InputType()
export class EntityOrder {
  @Field(() => EntityOrderField)
  field: EntityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}
