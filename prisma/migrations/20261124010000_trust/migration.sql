-- Issue 11 (answers you can trust): products and facilities as their own entity kinds, figure
-- qualifiers, per-claim citations, the as-of basis of events, figures and roles.
-- Additive only: new enum values, new tables, new nullable or defaulted columns.
-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('PLATFORM', 'APP', 'DEVICE', 'CHIP');

-- CreateEnum
CREATE TYPE "FacilityKind" AS ENUM ('DATA_CENTER');

-- CreateEnum
CREATE TYPE "FigureQualifier" AS ENUM ('EXACT', 'APPROXIMATE', 'AT_LEAST', 'AT_MOST', 'RANGE');

-- CreateEnum
CREATE TYPE "ReportedBasis" AS ENUM ('SOURCE_PUBLISHED', 'STATED_DATE');

-- AlterEnum
ALTER TYPE "EntityKind" ADD VALUE 'PRODUCT';
ALTER TYPE "EntityKind" ADD VALUE 'FACILITY';

-- AlterEnum
ALTER TYPE "ModelStatus" ADD VALUE 'UNKNOWN';

-- AlterEnum
ALTER TYPE "AliasKind" ADD VALUE 'MISSPELLING';

-- AlterEnum
ALTER TYPE "EventType" ADD VALUE 'REPLICATION';

-- AlterTable
ALTER TABLE "Role" ADD COLUMN     "endIsUpperBound" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "endReportedOn" DATE,
ADD COLUMN     "firstReportedOn" DATE,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "startIsUpperBound" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Alias" ADD COLUMN     "ambiguous" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "firstReportedFrom" "ReportedBasis" NOT NULL DEFAULT 'SOURCE_PUBLISHED',
ADD COLUMN     "firstReportedQuote" TEXT,
ADD COLUMN     "firstReportedSourceId" INTEGER,
ADD COLUMN     "publicSince" DATE,
ADD COLUMN     "publicSincePrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "firstReportedBasis" TEXT,
ADD COLUMN     "firstReportedFrom" "ReportedBasis",
ADD COLUMN     "firstReportedOn" DATE,
ADD COLUMN     "firstReportedQuote" TEXT,
ADD COLUMN     "firstReportedSourceId" INTEGER,
ADD COLUMN     "publicSince" DATE,
ADD COLUMN     "publicSincePrecision" "DatePrecision",
ADD COLUMN     "qualifier" "FigureQualifier" NOT NULL DEFAULT 'EXACT';

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "claim" TEXT,
ADD COLUMN     "entityId" INTEGER,
ADD COLUMN     "official" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Product" (
    "entityId" INTEGER NOT NULL,
    "kind" "ProductKind" NOT NULL,
    "ownerId" INTEGER,
    "developerId" INTEGER,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("entityId")
);

-- CreateTable
CREATE TABLE "Facility" (
    "entityId" INTEGER NOT NULL,
    "kind" "FacilityKind" NOT NULL,
    "ownerId" INTEGER,
    "location" TEXT,
    "country" TEXT,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("entityId")
);

-- CreateIndex
CREATE INDEX "Product_kind_idx" ON "Product"("kind");

-- CreateIndex
CREATE INDEX "Product_ownerId_idx" ON "Product"("ownerId");

-- CreateIndex
CREATE INDEX "Product_developerId_idx" ON "Product"("developerId");

-- CreateIndex
CREATE INDEX "Facility_kind_idx" ON "Facility"("kind");

-- CreateIndex
CREATE INDEX "Facility_ownerId_idx" ON "Facility"("ownerId");

-- CreateIndex
CREATE INDEX "Citation_entityId_idx" ON "Citation"("entityId");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organization"("entityId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_firstReportedSourceId_fkey" FOREIGN KEY ("firstReportedSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_firstReportedSourceId_fkey" FOREIGN KEY ("firstReportedSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

