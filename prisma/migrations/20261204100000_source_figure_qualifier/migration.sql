-- Issue 14 (figures in every language): ingestion keeps what the words around a figure say about it
-- ("rund 600" is approximate, "mais de 60 milhões" a lower bound, "700 – 720 亿美元" a range, "d'ici la
-- fin de la semaine" an upper bound on a date), as the curated Figure does. Sources stored before this
-- migration default to EXACT until they are re-indexed; the enum exists since 20261124010000_trust.
ALTER TABLE "SourceFigure" ADD COLUMN "qualifier" "FigureQualifier" NOT NULL DEFAULT 'EXACT';
