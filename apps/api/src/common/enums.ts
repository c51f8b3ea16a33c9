import { registerEnumType } from "type-graphql";
import {
  AliasKind,
  CandidateStatus,
  EventStatus,
  EventType,
  FacilityKind,
  FigureKind,
  FigureQualifier,
  LineageRelation,
  Modality,
  ModelAccess,
  ModelKind,
  ModelStatus,
  OrganizationKind,
  ProductKind,
  ReportedBasis,
  Stance,
} from "../generated/prisma/enums";

/** The database enums, exposed to GraphQL under the same names and values. */
registerEnumType(OrganizationKind, { name: "OrganizationKind" });
registerEnumType(ModelKind, { name: "ModelKind", description: "A model proper, or a product built on models." });
registerEnumType(Modality, { name: "Modality" });
registerEnumType(ModelStatus, { name: "ModelStatus" });
registerEnumType(ModelAccess, { name: "ModelAccess", description: "How the model can be used: open weights, closed, API only." });
registerEnumType(LineageRelation, { name: "LineageRelation" });
registerEnumType(AliasKind, { name: "AliasKind" });
registerEnumType(EventType, { name: "EventType" });
registerEnumType(EventStatus, { name: "EventStatus" });
registerEnumType(FigureKind, { name: "FigureKind" });
registerEnumType(CandidateStatus, { name: "CandidateStatus", description: "Where an event candidate is in review." });
registerEnumType(Stance, { name: "Stance", description: "Whether the citation supports or denies the fact." });

// Issue 11: products and facilities as their own kinds, figure qualifiers, and the as-of basis.
registerEnumType(ProductKind, { name: "ProductKind", description: "A product or platform that is not an AI model: platform, app, device, chip." });
registerEnumType(FacilityKind, { name: "FacilityKind", description: "A physical site: a data centre." });
registerEnumType(FigureQualifier, {
  name: "FigureQualifier",
  description: "How a figure relates to the number written: exact, approximate (circa), at least (more than), at most, or a range (value to valueMax).",
});
registerEnumType(ReportedBasis, {
  name: "ReportedBasis",
  description: "Where a first-reported date comes from: the earliest citing source's publication, or a date a citing source states.",
});

export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, { name: "SortDirection" });

export {
  AliasKind,
  CandidateStatus,
  EventStatus,
  EventType,
  FigureKind,
  LineageRelation,
  Modality,
  ModelAccess,
  ModelKind,
  ModelStatus,
  OrganizationKind,
  Stance,
  ProductKind,
  FacilityKind,
  FigureQualifier,
  ReportedBasis,
};
