import type { Figure } from "@orchard/pipeline";
import type { Prisma } from "../../db/prisma";
import { toIsoDay } from "../../common/fuzzy-date";
import { decideDuplicates, type SourceRef } from "./ingest-dedup";
import type { PreparedDocument } from "./ingest-prepare";
import { storeBatchProposals } from "../discovery/discovery.store";
import { encodeMinHash, lshBands } from "./lsh";

type Tx = Prisma.TransactionClient;

export type IngestOutcome =
  | {
      status: "CREATED";
      sourceId: number;
      language: string;
      mentions: number;
      figures: number;
      candidates: number;
      /** Names it could not link, stored as (or added to) entity candidates. */
      entityCandidates: number;
      warnings: string[];
    }
  /** The same text is already stored, as a source or as a known re-publication: nothing changes. */
  | { status: "DUPLICATE"; sourceId: number; warnings: string[] }
  /** A near-identical article (a re-publication): linked to the stored one, its text not stored twice. */
  | { status: "REPUBLICATION"; sourceId: number; similarity: number; warnings: string[] };

/** A Postgres array literal: unnest flattens arrays of arrays, so a row's array travels as text. */
const arrayLiteral = (values: readonly number[]) => `{${values.join(",")}}`;

async function findPublisher(tx: Tx, publisher: string): Promise<number | null> {
  const entity = await tx.entity.findFirst({
    where: {
      kind: "ORGANIZATION",
      OR: [{ slug: publisher.toLowerCase() }, { name: { equals: publisher, mode: "insensitive" } }, { aliases: { some: { name: { equals: publisher, mode: "insensitive" } } } }],
    },
    select: { id: true },
  });
  return entity?.id ?? null;
}

async function insertSources(tx: Tx, created: ReadonlyArray<{ prepared: PreparedDocument; publisherId: number | null }>): Promise<number[]> {
  const column = <T>(pick: (item: (typeof created)[number]) => T) => created.map(pick);
  const rows = await tx.$queryRaw<Array<{ id: number; contentHash: string }>>`
    INSERT INTO "Source" ("key", "url", "title", "publisherId", "language", "publishedOn", "publishedPrecision", "publicOn", "publishedBasis", "text", "contentHash", "minHash", "origin")
    SELECT u.key, u.url, u.title, u.publisher, u.language, u.day::date, 'DAY'::"DatePrecision", u.day::date, u.basis, u.text, u.hash, u.minhash::int[], 'INGEST'::"SourceOrigin"
    FROM unnest(${column((c) => `ingest-${c.prepared.analysis.contentHash.slice(0, 16)}`)}::text[], ${column((c) => c.prepared.document.url ?? null)}::text[],
                ${column((c) => c.prepared.title)}::text[], ${column((c) => c.publisherId)}::int[], ${column((c) => c.prepared.analysis.language)}::text[],
                ${column((c) => toIsoDay(c.prepared.publishedOn))}::text[],
                ${column((c) => (c.prepared.document.publishedAt ? null : "day of ingestion (the document gave no date)"))}::text[],
                ${column((c) => c.prepared.analysis.text)}::text[], ${column((c) => c.prepared.analysis.contentHash)}::text[],
                ${column((c) => arrayLiteral(encodeMinHash(c.prepared.analysis.fingerprint.minHash)))}::text[])
         WITH ORDINALITY AS u(key, url, title, publisher, language, day, basis, text, hash, minhash, n)
    ORDER BY u.n
    RETURNING id, "contentHash"`;
  const idOf = new Map(rows.map((row) => [row.contentHash, row.id]));
  return created.map((c) => idOf.get(c.prepared.analysis.contentHash) as number);
}

function figureColumns(figures: ReadonlyArray<{ sourceId: number; position: number; figure: Figure }>) {
  const column = <T>(pick: (figure: Figure) => T) => figures.map((f) => pick(f.figure));
  return {
    sourceIds: figures.map((f) => f.sourceId),
    positions: figures.map((f) => f.position),
    kinds: column((f) => f.kind),
    starts: column((f) => f.start),
    ends: column((f) => f.end),
    texts: column((f) => f.text),
    values: column((f) => (f.value === undefined || f.value === null ? null : String(f.value))),
    maxima: column((f) => (f.valueMax === undefined || f.valueMax === null ? null : String(f.valueMax))),
    qualifiers: column((f) => f.qualifier ?? "EXACT"),
    units: column((f) => f.unit ?? f.currency ?? null),
    dateStarts: column((f) => f.date?.start ?? null),
    dateEnds: column((f) => f.date?.end ?? null),
    precisions: column((f) => f.date?.precision ?? null),
  };
}

/** Mentions, figures, LSH bands and event candidates of the new sources: one statement per table. */
async function insertDerivedRows(tx: Tx, created: ReadonlyArray<{ sourceId: number; prepared: PreparedDocument }>): Promise<void> {
  const bands = created.flatMap(({ sourceId, prepared }) => lshBands(prepared.analysis.fingerprint.minHash).map((band) => ({ sourceId, ...band })));
  await tx.$executeRaw`INSERT INTO "SourceBand" ("sourceId", "band", "hash")
    SELECT * FROM unnest(${bands.map((b) => b.sourceId)}::int[], ${bands.map((b) => b.band)}::int[], ${bands.map((b) => b.hash)}::int[]) ON CONFLICT DO NOTHING`;

  const mentions = created.flatMap(({ sourceId, prepared }) => prepared.analysis.mentions.map((mention) => ({ sourceId, ...mention })));
  if (mentions.length > 0) {
    await tx.$executeRaw`INSERT INTO "Mention" ("sourceId", "entityId", "start", "end", "surface", "linkedBy", "confidence")
      SELECT * FROM unnest(${mentions.map((m) => m.sourceId)}::int[], ${mentions.map((m) => m.entityId)}::int[], ${mentions.map((m) => m.start)}::int[],
                           ${mentions.map((m) => m.end)}::int[], ${mentions.map((m) => m.surface)}::text[], ${mentions.map((m) => m.linkedBy ?? null)}::text[],
                           ${mentions.map((m) => m.confidence ?? null)}::float8[])
      ON CONFLICT DO NOTHING`;
  }

  const f = figureColumns(created.flatMap(({ sourceId, prepared }) => prepared.analysis.figures.map((figure, position) => ({ sourceId, position, figure }))));
  if (f.sourceIds.length > 0) {
    await tx.$executeRaw`INSERT INTO "SourceFigure" ("sourceId", "position", "kind", "start", "end", "text", "value", "valueMax", "qualifier", "unit", "dateStart", "dateEnd", "datePrecision")
      SELECT u.s, u.p, u.k::"FigureKind", u.b, u.e, u.t, u.v::numeric, u.vm::numeric, u.q::"FigureQualifier", u.unit, u.ds::date, u.de::date, u.dp::"DatePrecision"
      FROM unnest(${f.sourceIds}::int[], ${f.positions}::int[], ${f.kinds}::text[], ${f.starts}::int[], ${f.ends}::int[], ${f.texts}::text[], ${f.values}::text[],
                  ${f.maxima}::text[], ${f.qualifiers}::text[], ${f.units}::text[], ${f.dateStarts}::text[], ${f.dateEnds}::text[], ${f.precisions}::text[])
           AS u(s, p, k, b, e, t, v, vm, q, unit, ds, de, dp)`;
  }

  const candidates = created.flatMap(({ sourceId, prepared }) => prepared.analysis.candidates.map((candidate, position) => ({ sourceId, position, candidate })));
  if (candidates.length > 0) {
    await tx.$executeRaw`INSERT INTO "EventCandidate" ("sourceId", "position", "type", "quote", "quoteStart", "cue", "participants", "figurePositions")
      SELECT u.s, u.p, u.t::"EventType", u.q, u.qs, u.c, u.pa::jsonb, u.f::int[]
      FROM unnest(${candidates.map((c) => c.sourceId)}::int[], ${candidates.map((c) => c.position)}::int[], ${candidates.map((c) => c.candidate.type)}::text[],
                  ${candidates.map((c) => c.candidate.sentence.text)}::text[], ${candidates.map((c) => c.candidate.sentence.start)}::int[],
                  ${candidates.map((c) => c.candidate.cue)}::text[], ${candidates.map((c) => JSON.stringify(c.candidate.participants))}::text[],
                  ${candidates.map((c) => arrayLiteral(c.candidate.figureIndexes))}::text[])
           AS u(s, p, t, q, qs, c, pa, f)
      ON CONFLICT DO NOTHING`;
  }
}

/**
 * Entities named by the new sources were reported by each source's day at the latest: a running
 * minimum, so one statement with each entity's earliest day is the same as one per document.
 */
async function noteEntitiesReported(tx: Tx, created: ReadonlyArray<{ prepared: PreparedDocument; publisherId: number | null }>): Promise<void> {
  const earliest = new Map<number, string>();
  for (const { prepared, publisherId } of created) {
    const day = toIsoDay(prepared.publishedOn);
    const named = prepared.analysis.mentions.map((m) => m.entityId);
    for (const id of publisherId === null ? named : [...named, publisherId]) {
      const known = earliest.get(id);
      if (known === undefined || day < known) earliest.set(id, day);
    }
  }
  if (earliest.size === 0) return;
  await tx.$executeRaw`UPDATE "Entity" e SET "firstReportedOn" = LEAST(COALESCE(e."firstReportedOn", u.day::date), u.day::date)
    FROM unnest(${[...earliest.keys()]}::int[], ${[...earliest.values()]}::text[]) AS u(id, day) WHERE e.id = u.id`;
}

/**
 * Writes a batch of prepared documents inside one transaction, with the outcome of each in order,
 * exactly as ingesting them one after another would: duplicates and re-publications are decided
 * against the database and earlier documents of the batch; rows go in with one statement per table
 * (entity candidates: a few per document, each document's counts added in turn).
 */
export async function writePrepared(tx: Tx, documents: readonly PreparedDocument[]): Promise<IngestOutcome[]> {
  const decisions = await decideDuplicates(tx, documents);
  const publishers = new Map<string, number | null>();
  for (const [at, document] of documents.entries()) {
    const wanted = document.document.publisher?.trim();
    if (decisions[at].kind === "create" && wanted && !publishers.has(wanted)) publishers.set(wanted, await findPublisher(tx, wanted));
  }
  const created = documents.flatMap((prepared, at) => {
    if (decisions[at].kind !== "create") return [];
    const wanted = prepared.document.publisher?.trim();
    return [{ at, prepared, publisherId: wanted ? (publishers.get(wanted) ?? null) : null }];
  });
  const sourceIds = created.length > 0 ? await insertSources(tx, created) : [];
  const newSource = new Map(created.map((c, i) => [c.at, { ...c, sourceId: sourceIds[i] }]));
  const idOf = (ref: SourceRef) => ("stored" in ref ? ref.stored : (newSource.get(ref.batch)?.sourceId as number));

  const copies = documents.flatMap((prepared, at) => {
    const decision = decisions[at];
    return decision.kind === "republication" ? [{ prepared, sourceId: idOf(decision.of), similarity: decision.similarity }] : [];
  });
  if (copies.length > 0) {
    await tx.$executeRaw`INSERT INTO "SourceRepublication" ("sourceId", "url", "title", "contentHash", "similarity")
      SELECT * FROM unnest(${copies.map((c) => c.sourceId)}::int[], ${copies.map((c) => c.prepared.document.url ?? null)}::text[], ${copies.map((c) => c.prepared.title)}::text[],
                           ${copies.map((c) => c.prepared.analysis.contentHash)}::text[], ${copies.map((c) => c.similarity)}::float8[])`;
  }
  const stored = [...newSource.values()];
  if (stored.length > 0) await insertDerivedRows(tx, stored);
  // In the batch's transaction: a failed batch leaves no candidate (nor count, nor quote) behind.
  const counts = await storeBatchProposals(
    tx,
    stored.map(({ sourceId, prepared }) => ({ sourceId, proposals: prepared.analysis.entityProposals })),
  );
  const discovered = new Map(stored.map(({ at }, i) => [at, counts[i]]));
  await noteEntitiesReported(tx, stored);

  return documents.map((prepared, at): IngestOutcome => {
    const decision = decisions[at];
    if (decision.kind === "duplicate") return { status: "DUPLICATE", sourceId: idOf(decision.of), warnings: [] };
    if (decision.kind === "republication") return { status: "REPUBLICATION", sourceId: idOf(decision.of), similarity: decision.similarity, warnings: [] };
    const { sourceId, publisherId } = newSource.get(at) as (typeof stored)[number];
    const { analysis, document } = prepared;
    const warnings = document.publisher && publisherId === null ? [`publisher "${document.publisher}" is not a known organization; stored without one`] : [];
    return {
      status: "CREATED",
      sourceId,
      language: analysis.language,
      mentions: analysis.mentions.length,
      figures: analysis.figures.length,
      candidates: analysis.candidates.length,
      entityCandidates: discovered.get(at) ?? 0,
      warnings,
    };
  });
}
