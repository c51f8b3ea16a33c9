-- Issue 14 (names in every script): ingestion also links katakana, Hangul and Chinese phonetic forms
-- of known Latin names by sound (packages/pipeline/src/transliteration). Such a mention is a proposal,
-- not a match, so each mention says how it was found and how sure the linker is. Both stay null for
-- an exact alias match (every mention stored before this migration), so nothing needs backfilling.
-- The API maps "linkedBy" onto an enum; the CHECK keeps it to the values that enum knows.
ALTER TABLE "Mention"
  ADD COLUMN "confidence" DOUBLE PRECISION,
  ADD COLUMN "linkedBy" TEXT,
  ADD CONSTRAINT "Mention_linkedBy_check" CHECK ("linkedBy" IN ('transliteration'));
