import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { Connection } from "../../common/pagination";
import { SortDirection } from "../../common/enums";
import { Node } from "../entity/entity.type";

@ObjectType("Source", { implements: Node, description: "An ingested article: metadata and cleaned text." })
export class SourceType extends Node {
  @Field()
  key: string;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field()
  title: string;

  @Field({ description: "BCP 47 language tag." })
  language: string;

  @Field(() => DateResolver)
  publishedOn: Date;

  @Field({ description: "Article text with boilerplate and adverts stripped, NFKC-normalized." })
  text: string;

  @Field({ description: "SHA-256 of the cleaned text." })
  contentHash: string;
}

export const SourceOrderField = { PUBLISHED_ON: "PUBLISHED_ON", TITLE: "TITLE" } as const;
export type SourceOrderField = (typeof SourceOrderField)[keyof typeof SourceOrderField];
registerEnumType(SourceOrderField, { name: "SourceOrderField" });

@InputType()
export class SourceOrder {
  @Field(() => SourceOrderField)
  field: SourceOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

@InputType()
export class SourceFilter {
  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "Slug of the publishing outlet." })
  publisher?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Only sources surely public by this date (an article dated only "May 2025" from 31 May).' })
  asOf?: Date | null;
}

@ObjectType()
export class SourceConnection extends Connection("Source", () => SourceType) {}
