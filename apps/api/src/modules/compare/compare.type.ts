import { Field, Int, ObjectType } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { EventType, ModelAccess, ModelStatus } from "../../common/enums";
import { FuzzyDateValue } from "../../common/fuzzy-date.type";
import type { EntityNode, EventNode } from "../../common/nodes";
import { EventType_, FigureType } from "../event/event.type";
import { AiModelType } from "../model/model.type";
import { Company, Lab, OrganizationInterface } from "../organization/organization.type";
import { PersonType, RoleType } from "../person/person.type";

@ObjectType()
export class ComparedModel {
  @Field(() => AiModelType)
  model: EntityNode;

  @Field(() => ModelStatus)
  status: ModelStatus;

  @Field(() => ModelAccess)
  access: ModelAccess;

  @Field(() => FigureType, { nullable: true, description: "Expected release as it stood on the comparison's as-of date." })
  expectedRelease: FigureType | null;

  @Field(() => FuzzyDateValue, { nullable: true })
  releasedOn: FuzzyDateValue | null;
}

@ObjectType()
export class EventTypeCount {
  @Field(() => EventType)
  type: EventType;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "One company's column on the comparison page. Its scope: the company, its labs and their models." })
export class CompanyComparison {
  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => Company)
  company: EntityNode;

  @Field(() => [Lab])
  labs: EntityNode[];

  @Field(() => [ComparedModel], {
    description:
      "Its models and AI products, by name: at most 40 (modelCount says how many); when it has more, the released ones (newest first) and those with a reported status or access are kept.",
  })
  models: ComparedModel[];

  @Field(() => Int, { description: "How many models and AI products the company and its labs own or develop." })
  modelCount: number;

  @Field(() => [RoleType], {
    description:
      "Current roles in the company or its labs on the as-of date, leadership first: at most 40 (keyPeopleCount says how many there are; the organizations' `roles` list them all).",
  })
  keyPeople: RoleType[];

  @Field(() => Int, { description: "How many current roles the company and its labs have on the as-of date." })
  keyPeopleCount: number;

  @Field(() => [FigureType], {
    description:
      "Money figures reported by the as-of date of events in which the company, one of its labs or models is a subject (subject, developer, investor, acquirer, target, employer, announcer), not merely mentioned: those of the newest 60 such figures by their events' order, shown oldest first.",
  })
  moneyFigures: FigureType[];

  @Field({ description: "True when the company has more money figures than moneyFigures holds (the events connection has them all)." })
  moneyFiguresTruncated: boolean;

  @Field(() => [FigureType], { description: "Capital-expenditure guidance over time, oldest first: every revision is kept, up to the newest 40." })
  capexGuidance: FigureType[];

  @Field({ description: "True when the company has more capex guidance figures than capexGuidance holds." })
  capexGuidanceTruncated: boolean;

  @Field(() => [EventTypeCount], { description: "Events by type among the company's newest 1,000 reported by the as-of date (all of them unless eventCountsCapped)." })
  eventCounts: EventTypeCount[];

  @Field(() => Int, { description: "Events counted: exact up to 1,000; when eventCountsCapped, the company has more (the events connection's totalCount has them)." })
  totalEvents: number;

  @Field({ description: "True when the company took part in more than 1,000 events by the as-of date, so that the counts are of its newest 1,000." })
  eventCountsCapped: boolean;

  @Field(() => [EventType_], { description: "The most recent events (up to 5)." })
  recentEvents: EventNode[];
}

@ObjectType({
  description:
    "A person who left one compared company and joined another, derived from dated roles: the role left had ended by the as-of date, and the role taken comes after it in the person's history.",
})
export class TalentMove {
  @Field(() => PersonType)
  person: EntityNode;

  @Field(() => Company)
  fromCompany: EntityNode;

  @Field(() => Company)
  toCompany: EntityNode;

  @Field(() => OrganizationInterface)
  fromOrganization: EntityNode;

  @Field(() => OrganizationInterface)
  toOrganization: EntityNode;

  @Field(() => RoleType, { description: "The role left (its citations say who reported it)." })
  left: RoleType;

  @Field(() => RoleType, { description: "The role taken." })
  joined: RoleType;
}

@ObjectType({ description: "The data of a comparison page in one query." })
export class Comparison {
  @Field(() => DateResolver)
  asOf: Date;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      '"As reported up to": the newest day, on or before `asOf`, of the reports behind the comparison (the sources of its events, figures, roles and models; a fact public from a day a source states counts from that day).',
  })
  knownAsOf: Date | null;

  @Field(() => [CompanyComparison], { description: "In the order the slugs were given." })
  companies: CompanyComparison[];

  @Field(() => [TalentMove], { description: "Moves between the compared companies, oldest first: the newest 100 when there are more (talentFlowCount)." })
  talentFlows: TalentMove[];

  @Field(() => Int, { description: "How many moves there are between the compared companies." })
  talentFlowCount: number;
}
