import { Prisma, type PrismaClient } from "../../db/prisma";
import type { AiModel, Entity, Event, Organization, Person, Source } from "../../db/prisma";
import { KINDS_BY_TYPE } from "../organization/organization.service";
import type { EntityRow } from "../../common/nodes";

/**
 * The two statements behind search: entities by name and alias (exact, prefix, infix, and trigram
 * similarity for typos, through the trigram indexes), and events and sources by full text.
 */

export const SEARCHABLE_TYPES = ["COMPANY", "LAB", "MEDIA_OUTLET", "INSTITUTION", "MODEL", "PERSON"] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

export type MatchKind = "EXACT" | "PREFIX" | "WORD" | "INFIX" | "FUZZY";

export interface EntityMatchRow {
  row: EntityRow;
  matched: string;
  language: string;
  score: number;
  match: MatchKind;
}

interface RawEntityMatch {
  score: number;
  tier: number;
  matched: string;
  language: string;
  id: number;
  slug: string;
  kind: Entity["kind"];
  name: string;
  normalizedName: string;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
  o_entity: number | null;
  o_kind: Organization["kind"] | null;
  o_country: string | null;
  o_parent: number | null;
  m_entity: number | null;
  m_kind: AiModel["kind"] | null;
  m_family: number | null;
  m_modality: AiModel["modality"] | null;
  m_status: AiModel["status"] | null;
  m_access: AiModel["access"] | null;
  m_developer: number | null;
  m_owner: number | null;
  m_released_text: string | null;
  m_released_start: Date | null;
  m_released_end: Date | null;
  m_released_precision: AiModel["releasedPrecision"];
  p_entity: number | null;
}

const TIER_MATCH: Array<[number, MatchKind]> = [
  [1, "EXACT"],
  [0.8, "PREFIX"],
  [0.7, "WORD"],
  [0.5, "INFIX"],
];

function typeCondition(types: readonly SearchableType[] | null | undefined): Prisma.Sql {
  if (!types?.length) return Prisma.empty;
  const orgKinds = types.flatMap((type) =>
    type === "COMPANY" ? KINDS_BY_TYPE.Company
    : type === "LAB" ? KINDS_BY_TYPE.Lab
    : type === "MEDIA_OUTLET" ? KINDS_BY_TYPE.MediaOutlet
    : type === "INSTITUTION" ? KINDS_BY_TYPE.Institution
    : [],
  );
  return Prisma.sql`AND (o.kind::text = ANY(${orgKinds.length ? orgKinds : ["-"]}::text[])
    OR (${types.includes("MODEL")} AND m."entityId" IS NOT NULL)
    OR (${types.includes("PERSON")} AND p."entityId" IS NOT NULL))`;
}

/**
 * One statement: every name and alias that contains the folded query, starts with it once spaces
 * are ignored ("scaleai" → "scale ai"), or is trigram-similar to it (typos: "avocdo", "alexander
 * wang"); scored exact > prefix > word prefix > infix > fuzzy; the best name per entity (between
 * equals, the one written as typed, then the latest alias, as search always chose); joined to the
 * entity's organization, model or person row.
 */
export async function matchEntities(options: {
  prisma: PrismaClient;
  folded: string;
  asTyped: string;
  types?: readonly SearchableType[] | null;
  limit: number;
}): Promise<EntityMatchRow[]> {
  const { prisma, folded, asTyped, types, limit } = options;
  const compact = folded.replace(/ /g, "");
  const like = `%${folded.replace(/[\\%_]/g, "\\$&")}%`;
  const rows = await prisma.$queryRaw<RawEntityMatch[]>`
    WITH names AS (
      SELECT e.id AS entity_id, 0 AS alias_id, e.name AS matched, 'en' AS language, e."normalizedName" AS norm
      FROM "Entity" e
      WHERE e."normalizedName" LIKE ${like} OR e."normalizedName" % ${folded} OR ${folded} <% e."normalizedName"
        OR replace(e."normalizedName", ' ', '') LIKE ${compact} || '%'
      UNION ALL
      SELECT a."entityId", a.id, a.name, a.language, a.normalized
      FROM "Alias" a
      WHERE a.normalized LIKE ${like} OR a.normalized % ${folded} OR ${folded} <% a.normalized
        OR replace(a.normalized, ' ', '') LIKE ${compact} || '%'
    ),
    tiered AS (
      SELECT n.*,
        CASE
          WHEN n.norm = ${folded} OR replace(n.norm, ' ', '') = ${compact} THEN 1.0
          WHEN n.norm LIKE ${folded} || '%' OR replace(n.norm, ' ', '') LIKE ${compact} || '%' THEN 0.8
          WHEN n.norm LIKE '% ' || ${folded} || '%' THEN 0.7
          WHEN n.norm LIKE ${like} THEN 0.5
          ELSE 0.0
        END AS tier,
        greatest(similarity(n.norm, ${folded}), word_similarity(${folded}, n.norm)) AS sim
      FROM names n
    ),
    scored AS (
      SELECT t.*,
        CASE WHEN t.tier > 0 THEN round((t.tier * 0.8 + 0.2 * least(1.0, length(${folded})::numeric / greatest(length(t.norm), 1)))::numeric, 3)
             ELSE round((0.45 * t.sim)::numeric, 3) END::float8 AS score
      FROM tiered t
      WHERE t.tier > 0 OR t.sim >= 0.3
    ),
    best AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.entity_id ORDER BY s.score DESC, (lower(s.matched) = ${asTyped}) DESC, s.alias_id DESC) AS rank
      FROM scored s
    )
    SELECT b.score, b.tier::float8 AS tier, b.matched, b.language,
      e.id, e.slug, e.kind, e.name, e."normalizedName", e.description, e."createdAt", e."updatedAt",
      o."entityId" AS o_entity, o.kind AS o_kind, o.country AS o_country, o."parentId" AS o_parent,
      m."entityId" AS m_entity, m.kind AS m_kind, m."familyId" AS m_family, m.modality AS m_modality, m.status AS m_status,
      m.access AS m_access, m."developerId" AS m_developer, m."ownerId" AS m_owner, m."releasedText" AS m_released_text,
      m."releasedStart" AS m_released_start, m."releasedEnd" AS m_released_end, m."releasedPrecision" AS m_released_precision,
      p."entityId" AS p_entity
    FROM best b
    JOIN "Entity" e ON e.id = b.entity_id
    LEFT JOIN "Organization" o ON o."entityId" = e.id
    LEFT JOIN "AiModel" m ON m."entityId" = e.id
    LEFT JOIN "Person" p ON p."entityId" = e.id
    WHERE b.rank = 1 ${typeCondition(types)}
    ORDER BY b.score DESC, e.name
    LIMIT ${limit}`;
  return rows.map((raw) => ({
    row: toEntityRow(raw),
    matched: raw.matched,
    language: raw.language,
    score: Number(raw.score),
    match: TIER_MATCH.find(([tier]) => Number(raw.tier) >= tier)?.[1] ?? "FUZZY",
  }));
}

function toEntityRow(raw: RawEntityMatch): EntityRow {
  const entity: Entity = { id: raw.id, slug: raw.slug, kind: raw.kind, name: raw.name, normalizedName: raw.normalizedName, description: raw.description, createdAt: raw.createdAt, updatedAt: raw.updatedAt };
  const organization: Organization | null = raw.o_entity === null ? null : { entityId: raw.o_entity, kind: raw.o_kind!, country: raw.o_country, parentId: raw.o_parent };
  const model: AiModel | null =
    raw.m_entity === null
      ? null
      : {
          entityId: raw.m_entity,
          kind: raw.m_kind!,
          familyId: raw.m_family,
          modality: raw.m_modality!,
          status: raw.m_status!,
          access: raw.m_access!,
          developerId: raw.m_developer,
          ownerId: raw.m_owner,
          releasedText: raw.m_released_text,
          releasedStart: raw.m_released_start,
          releasedEnd: raw.m_released_end,
          releasedPrecision: raw.m_released_precision,
        };
  const person: Person | null = raw.p_entity === null ? null : { entityId: raw.p_entity };
  return { ...entity, organization, model, person };
}

export interface TextMatchRows {
  events: Array<{ row: Event; score: number }>;
  sources: Array<{ row: Source; score: number; snippet: string }>;
}

interface RawTextMatch {
  kind: "event" | "source";
  score: number;
  snippet: string | null;
  row: Record<string, unknown>;
}

/**
 * One statement: events by title and summary (English full text, then substring and trigram word
 * similarity for typos), sources by title and text in their own language's configuration (Italian,
 * Indonesian, English; `simple` otherwise) or by substring, which is what finds Chinese text.
 */
export async function matchText(options: { prisma: PrismaClient; query: string; limit: number; asOf?: Date | null }): Promise<TextMatchRows> {
  const { prisma, query, limit } = options;
  const lowered = query.toLowerCase();
  const like = `%${lowered.replace(/[\\%_]/g, "\\$&")}%`;
  const asOf = options.asOf ?? null;
  const rows = await prisma.$queryRaw<RawTextMatch[]>`
    WITH ev AS (
      SELECT 'event'::text AS kind, to_jsonb(e.*) AS row, NULL::text AS snippet,
        (ts_rank(to_tsvector('english', e.title || ' ' || coalesce(e.summary, '')), websearch_to_tsquery('english', ${query}))
          + CASE WHEN lower(e.title) LIKE ${like} THEN 0.5 ELSE 0 END
          + 0.3 * word_similarity(${lowered}, lower(e.title)))::float8 AS score
      FROM "Event" e
      WHERE (${asOf}::date IS NULL OR e."firstReportedOn" <= ${asOf}::date)
        AND (to_tsvector('english', e.title || ' ' || coalesce(e.summary, '')) @@ websearch_to_tsquery('english', ${query})
          OR lower(e.title) LIKE ${like}
          OR (length(${lowered}) >= 4 AND word_similarity(${lowered}, lower(e.title)) >= 0.6))
      ORDER BY score DESC, e."firstReportedOn" DESC
      LIMIT ${limit}
    ),
    src AS (
      SELECT s.*, c.cfg FROM "Source" s
      CROSS JOIN LATERAL (
        SELECT CASE s.language
          WHEN 'en' THEN 'english'::regconfig
          WHEN 'it' THEN 'italian'::regconfig
          WHEN 'id' THEN 'indonesian'::regconfig
          ELSE 'simple'::regconfig END AS cfg
      ) c
      WHERE ${asOf}::date IS NULL OR s."publishedOn" <= ${asOf}::date
    ),
    sm AS (
      SELECT 'source'::text AS kind,
        to_jsonb(src.*) - 'minHash' - 'cfg' AS row,
        CASE WHEN to_tsvector(src.cfg, src.title || ' ' || src.text) @@ websearch_to_tsquery(src.cfg, ${query})
          THEN ts_headline(src.cfg, src.text, websearch_to_tsquery(src.cfg, ${query}), 'MaxWords=30, MinWords=12, MaxFragments=1, StartSel=«, StopSel=»')
          ELSE substr(src.text, greatest(strpos(lower(src.text), ${lowered}) - 40, 1), 120) END AS snippet,
        (ts_rank(to_tsvector(src.cfg, src.title || ' ' || src.text), websearch_to_tsquery(src.cfg, ${query}))
          + CASE WHEN strpos(lower(src.text), ${lowered}) > 0 THEN 0.2 ELSE 0 END)::float8 AS score
      FROM src
      WHERE to_tsvector(src.cfg, src.title || ' ' || src.text) @@ websearch_to_tsquery(src.cfg, ${query})
        OR strpos(lower(src.title || ' ' || src.text), ${lowered}) > 0
      ORDER BY score DESC
      LIMIT ${limit}
    )
    SELECT * FROM ev UNION ALL SELECT * FROM sm`;
  const events: TextMatchRows["events"] = [];
  const sources: TextMatchRows["sources"] = [];
  for (const raw of rows) {
    if (raw.kind === "event") events.push({ row: reviveDates<Event>(raw.row, ["occurredStart", "occurredEnd", "firstReportedOn", "createdAt", "updatedAt"]), score: Number(raw.score) });
    else sources.push({ row: reviveDates<Source>(raw.row, ["publishedOn", "importedAt"]), score: Number(raw.score), snippet: (raw.snippet ?? "").replace(/\s+/g, " ").trim() });
  }
  return { events, sources };
}

/** JSON rows carry dates as strings: back to Date for the named columns. */
function reviveDates<T>(row: Record<string, unknown>, columns: readonly string[]): T {
  const copy: Record<string, unknown> = { ...row };
  for (const column of columns) if (typeof copy[column] === "string") copy[column] = new Date(copy[column] as string);
  return copy as T;
}
