-- Issue 14 (entity discovery): names ingestion could not link, stored as entity candidates that an
-- analyst accepts (a new entity), merges into a known entity (its forms become aliases) or rejects.
-- One candidate per discovery key; ingestion upserts it in the document's transaction.
-- Knowledge, not bookkeeping: the three tables move the data version (migration 20261202200000
-- gave its trigger only to the tables that existed then).

-- CreateEnum
CREATE TYPE "DiscoveredEntityType" AS ENUM ('PERSON', 'ORGANIZATION', 'MODEL', 'PRODUCT');

-- CreateTable
CREATE TABLE "EntityCandidate" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "type" "DiscoveredEntityType" NOT NULL,
    "typeVotes" JSONB NOT NULL,
    "status" "CandidateStatus" NOT NULL DEFAULT 'PENDING',
    "documentCount" INTEGER NOT NULL,
    "mentionCount" INTEGER NOT NULL,
    "entityId" INTEGER,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntityCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityCandidateForm" (
    "candidateId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EntityCandidateForm_pkey" PRIMARY KEY ("candidateId","language","form")
);

-- CreateTable
CREATE TABLE "EntityCandidateQuote" (
    "id" SERIAL NOT NULL,
    "candidateId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,

    CONSTRAINT "EntityCandidateQuote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EntityCandidate_key_key" ON "EntityCandidate"("key");

-- CreateIndex
CREATE INDEX "EntityCandidate_status_documentCount_mentionCount_id_idx" ON "EntityCandidate"("status", "documentCount" DESC, "mentionCount" DESC, "id");

-- CreateIndex
CREATE INDEX "EntityCandidate_entityId_idx" ON "EntityCandidate"("entityId");

-- CreateIndex
CREATE INDEX "EntityCandidateQuote_sourceId_idx" ON "EntityCandidateQuote"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "EntityCandidateQuote_candidateId_sourceId_offset_key" ON "EntityCandidateQuote"("candidateId", "sourceId", "offset");

-- AddForeignKey
ALTER TABLE "EntityCandidate" ADD CONSTRAINT "EntityCandidate_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCandidateForm" ADD CONSTRAINT "EntityCandidateForm_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "EntityCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCandidateQuote" ADD CONSTRAINT "EntityCandidateQuote_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "EntityCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCandidateQuote" ADD CONSTRAINT "EntityCandidateQuote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- DataVersion
CREATE TRIGGER data_version_bump BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EntityCandidate" FOR EACH STATEMENT EXECUTE FUNCTION orchard_bump_data_version();
CREATE TRIGGER data_version_bump BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EntityCandidateForm" FOR EACH STATEMENT EXECUTE FUNCTION orchard_bump_data_version();
CREATE TRIGGER data_version_bump BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EntityCandidateQuote" FOR EACH STATEMENT EXECUTE FUNCTION orchard_bump_data_version();
