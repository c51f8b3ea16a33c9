import { ArgsType, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { CandidateStatus } from "../../common/enums";
import { ConnectionArgs, Connection } from "../../common/pagination";
import { DiscoveredEntityType } from "../../generated/prisma/enums";
import { Node } from "../entity/entity.type";

registerEnumType(DiscoveredEntityType, { name: "DiscoveredEntityType", description: "What ingestion guesses a name it could not link is." });

export { DiscoveredEntityType };

/** Quotes listed per candidate unless asked for fewer or more. */
export const DEFAULT_QUOTES = 5;
export const MAX_QUOTES = 50;

@ArgsType()
export class EntityCandidateArgs extends ConnectionArgs {
  @Field(() => CandidateStatus, { defaultValue: CandidateStatus.PENDING })
  status: CandidateStatus;

  @Field(() => DiscoveredEntityType, { nullable: true, description: "Only candidates guessed to be of this type." })
  type?: DiscoveredEntityType | null;
}

@ObjectType("EntityCandidateForm", { description: "A spelling of a candidate's name as written in sources of one language." })
export class EntityCandidateFormType {
  @Field({ description: "The name as written, without particles or possessives." })
  form: string;

  @Field({ description: "BCP 47 tag of the sources' language." })
  language: string;

  @Field(() => Int, { description: "Sightings of this spelling." })
  count: number;
}

@ObjectType("EntityCandidateQuote", { description: "A sentence a candidate was seen in, verbatim, in its source's language." })
export class EntityCandidateQuoteType {
  @Field()
  quote: string;

  @Field(() => Int, { description: "Where the sentence starts in Source.text (UTF-16 code units)." })
  offset: number;

  sourceId: number;
}

@ObjectType("EntityCandidate", {
  implements: Node,
  description: "A name ingestion could not link, proposed as a new entity. Not an entity until an analyst accepts it or merges it into a known one.",
})
export class EntityCandidateType extends Node {
  @Field({ description: "The folded form every spelling of the name shares." })
  key: string;

  @Field(() => DiscoveredEntityType, { description: "The type most sightings suggest (a sighting with a cue such as “CEO” counts double)." })
  type: DiscoveredEntityType;

  @Field(() => CandidateStatus)
  status: CandidateStatus;

  @Field(() => Int, { description: "Sightings across all documents." })
  count: number;

  @Field(() => Int, { description: "Documents that name it." })
  documentCount: number;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  candidateId: number;
  entityId: number | null;
}

@ObjectType()
export class EntityCandidateConnection extends Connection("EntityCandidate", () => EntityCandidateType) {}
