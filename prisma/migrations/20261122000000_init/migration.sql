-- Trigram matching for search (Entity.normalizedName, Alias.normalized); trusted extension, no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('ORGANIZATION', 'MODEL', 'PERSON');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('COMPANY', 'LAB', 'TEAM', 'DIVISION', 'INVESTOR', 'MEDIA_OUTLET', 'UNIVERSITY', 'GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ModelKind" AS ENUM ('MODEL', 'PRODUCT');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('TEXT', 'IMAGE', 'VIDEO', 'IMAGE_VIDEO', 'MULTIMODAL', 'WORLD_MODEL', 'OTHER');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('RUMORED', 'IN_DEVELOPMENT', 'ANNOUNCED', 'RELEASED', 'DELAYED', 'SHELVED');

-- CreateEnum
CREATE TYPE "ModelAccess" AS ENUM ('OPEN_WEIGHTS', 'CLOSED', 'API_ONLY', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "LineageRelation" AS ENUM ('DISTILLED_FROM', 'SUCCESSOR_OF', 'BASED_ON', 'COMPETES_WITH');

-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('OFFICIAL', 'ABBREVIATION', 'TRANSLATION', 'TRANSLITERATION', 'NICKNAME', 'CODENAME', 'FORMER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'SEASON', 'QUARTER', 'HALF', 'YEAR');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('RELEASE', 'RELEASE_PLAN', 'DELAY', 'CANCELLATION', 'LICENSING_CHANGE', 'DISTILLATION_REPORT', 'ACQUISITION', 'INVESTMENT', 'HIRE', 'DEPARTURE', 'APPOINTMENT', 'REORGANIZATION', 'LAYOFF', 'CAPEX_GUIDANCE', 'FINANCING', 'BUDGET_REALLOCATION', 'DATA_CENTER', 'PARTNERSHIP', 'PRODUCT_LAUNCH', 'RANKING', 'POLICY', 'INTERNAL_CONFLICT', 'STATEMENT', 'FOUNDING', 'PUBLICATION');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('REPORTED', 'CONFIRMED', 'DENIED', 'DISPUTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('MONEY', 'COUNT', 'PERCENT', 'DATE', 'DURATION');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'DENIES');

-- CreateTable
CREATE TABLE "Entity" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "entityId" INTEGER NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "country" TEXT,
    "parentId" INTEGER,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("entityId")
);

-- CreateTable
CREATE TABLE "AiModel" (
    "entityId" INTEGER NOT NULL,
    "kind" "ModelKind" NOT NULL,
    "familyId" INTEGER,
    "modality" "Modality" NOT NULL,
    "status" "ModelStatus" NOT NULL,
    "access" "ModelAccess" NOT NULL,
    "developerId" INTEGER,
    "ownerId" INTEGER,
    "releasedText" TEXT,
    "releasedStart" DATE,
    "releasedEnd" DATE,
    "releasedPrecision" "DatePrecision",

    CONSTRAINT "AiModel_pkey" PRIMARY KEY ("entityId")
);

-- CreateTable
CREATE TABLE "ModelLineage" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,
    "relation" "LineageRelation" NOT NULL,

    CONSTRAINT "ModelLineage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "entityId" INTEGER NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("entityId")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startText" TEXT,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endText" TEXT,
    "endDate" DATE,
    "endPrecision" "DatePrecision",

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" SERIAL NOT NULL,
    "entityId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "kind" "AliasKind" NOT NULL,

    CONSTRAINT "Alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisherId" INTEGER,
    "language" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "publishedPrecision" "DatePrecision" NOT NULL,
    "publishedBasis" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "surface" TEXT NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "occurredText" TEXT,
    "occurredStart" DATE,
    "occurredEnd" DATE,
    "occurredPrecision" "DatePrecision",
    "firstReportedOn" DATE NOT NULL,
    "firstReportedBasis" TEXT,
    "status" "EventStatus" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DECIMAL(24,4),
    "valueMax" DECIMAL(24,4),
    "unit" TEXT,
    "text" TEXT NOT NULL,
    "dateText" TEXT,
    "dateStart" DATE,
    "dateEnd" DATE,
    "datePrecision" "DatePrecision",
    "effectiveText" TEXT,
    "effectiveStart" DATE,
    "effectivePrecision" "DatePrecision",

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "attributedToId" INTEGER,
    "stance" "Stance" NOT NULL DEFAULT 'SUPPORTS',
    "eventId" INTEGER,
    "figureId" INTEGER,
    "roleId" INTEGER,
    "aliasId" INTEGER,
    "lineageId" INTEGER,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Entity_slug_key" ON "Entity"("slug");

-- CreateIndex
CREATE INDEX "Entity_kind_name_idx" ON "Entity"("kind", "name");

-- CreateIndex
CREATE INDEX "Entity_normalizedName_trgm_idx" ON "Entity" USING GIN ("normalizedName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Organization_country_idx" ON "Organization"("country");

-- CreateIndex
CREATE INDEX "AiModel_kind_idx" ON "AiModel"("kind");

-- CreateIndex
CREATE INDEX "AiModel_status_idx" ON "AiModel"("status");

-- CreateIndex
CREATE INDEX "AiModel_access_idx" ON "AiModel"("access");

-- CreateIndex
CREATE INDEX "AiModel_developerId_idx" ON "AiModel"("developerId");

-- CreateIndex
CREATE INDEX "AiModel_ownerId_idx" ON "AiModel"("ownerId");

-- CreateIndex
CREATE INDEX "AiModel_familyId_idx" ON "AiModel"("familyId");

-- CreateIndex
CREATE INDEX "ModelLineage_targetId_idx" ON "ModelLineage"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelLineage_modelId_targetId_relation_key" ON "ModelLineage"("modelId", "targetId", "relation");

-- CreateIndex
CREATE INDEX "Role_organizationId_endDate_idx" ON "Role"("organizationId", "endDate");

-- CreateIndex
CREATE INDEX "Role_personId_startDate_idx" ON "Role"("personId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Role_personId_organizationId_title_key" ON "Role"("personId", "organizationId", "title");

-- CreateIndex
CREATE INDEX "Alias_normalized_trgm_idx" ON "Alias" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Alias_entityId_name_language_key" ON "Alias"("entityId", "name", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_publishedOn_id_idx" ON "Source"("publishedOn", "id");

-- CreateIndex
CREATE INDEX "Source_title_idx" ON "Source"("title");

-- CreateIndex
CREATE INDEX "Source_language_idx" ON "Source"("language");

-- CreateIndex
CREATE INDEX "Source_publisherId_idx" ON "Source"("publisherId");

-- CreateIndex
CREATE INDEX "Mention_entityId_sourceId_idx" ON "Mention"("entityId", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_sourceId_start_end_entityId_key" ON "Mention"("sourceId", "start", "end", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_key_key" ON "Event"("key");

-- CreateIndex
CREATE INDEX "Event_firstReportedOn_id_idx" ON "Event"("firstReportedOn", "id");

-- CreateIndex
CREATE INDEX "Event_occurredStart_id_idx" ON "Event"("occurredStart", "id");

-- CreateIndex
CREATE INDEX "Event_occurredEnd_idx" ON "Event"("occurredEnd");

-- CreateIndex
CREATE INDEX "Event_type_firstReportedOn_idx" ON "Event"("type", "firstReportedOn");

-- CreateIndex
CREATE INDEX "Event_status_idx" ON "Event"("status");

-- CreateIndex
CREATE INDEX "Event_confidence_idx" ON "Event"("confidence");

-- CreateIndex
CREATE INDEX "EventParticipant_entityId_eventId_idx" ON "EventParticipant"("entityId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventId_entityId_role_key" ON "EventParticipant"("eventId", "entityId", "role");

-- CreateIndex
CREATE INDEX "Figure_metric_effectiveStart_idx" ON "Figure"("metric", "effectiveStart");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_eventId_position_key" ON "Figure"("eventId", "position");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_figureId_idx" ON "Citation"("figureId");

-- CreateIndex
CREATE INDEX "Citation_roleId_idx" ON "Citation"("roleId");

-- CreateIndex
CREATE INDEX "Citation_aliasId_idx" ON "Citation"("aliasId");

-- CreateIndex
CREATE INDEX "Citation_lineageId_idx" ON "Citation"("lineageId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "AiModel"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelLineage" ADD CONSTRAINT "ModelLineage_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "AiModel"("entityId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelLineage" ADD CONSTRAINT "ModelLineage_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "AiModel"("entityId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("entityId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("entityId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_attributedToId_fkey" FOREIGN KEY ("attributedToId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_aliasId_fkey" FOREIGN KEY ("aliasId") REFERENCES "Alias"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_lineageId_fkey" FOREIGN KEY ("lineageId") REFERENCES "ModelLineage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

