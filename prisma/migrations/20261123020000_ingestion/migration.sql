-- CreateEnum
CREATE TYPE "SourceOrigin" AS ENUM ('SEED', 'INGEST');

-- CreateEnum
CREATE TYPE "CandidateStatus" AS ENUM ('PENDING', 'ACCEPTED', 'MERGED', 'REJECTED');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "minHash" INTEGER[],
ADD COLUMN     "origin" "SourceOrigin" NOT NULL DEFAULT 'SEED';

-- CreateTable
CREATE TABLE "SourceBand" (
    "sourceId" INTEGER NOT NULL,
    "band" INTEGER NOT NULL,
    "hash" INTEGER NOT NULL,

    CONSTRAINT "SourceBand_pkey" PRIMARY KEY ("band","hash","sourceId")
);

-- CreateTable
CREATE TABLE "SourceRepublication" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceRepublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceFigure" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" DECIMAL(24,4),
    "valueMax" DECIMAL(24,4),
    "unit" TEXT,
    "dateStart" DATE,
    "dateEnd" DATE,
    "datePrecision" "DatePrecision",

    CONSTRAINT "SourceFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCandidate" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "cue" TEXT NOT NULL,
    "participants" JSONB NOT NULL,
    "figurePositions" INTEGER[],
    "status" "CandidateStatus" NOT NULL DEFAULT 'PENDING',
    "eventId" INTEGER,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceBand_sourceId_idx" ON "SourceBand"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceRepublication_contentHash_key" ON "SourceRepublication"("contentHash");

-- CreateIndex
CREATE INDEX "SourceRepublication_sourceId_idx" ON "SourceRepublication"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceFigure_sourceId_position_key" ON "SourceFigure"("sourceId", "position");

-- CreateIndex
CREATE INDEX "EventCandidate_status_id_idx" ON "EventCandidate"("status", "id");

-- CreateIndex
CREATE INDEX "EventCandidate_eventId_idx" ON "EventCandidate"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EventCandidate_sourceId_position_key" ON "EventCandidate"("sourceId", "position");

-- AddForeignKey
ALTER TABLE "SourceBand" ADD CONSTRAINT "SourceBand_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRepublication" ADD CONSTRAINT "SourceRepublication_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceFigure" ADD CONSTRAINT "SourceFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCandidate" ADD CONSTRAINT "EventCandidate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCandidate" ADD CONSTRAINT "EventCandidate_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

