import { createHash } from "node:crypto";
import { copyLine, copyValue } from "../db/copy-format";
import { orchardRules } from "../orchard";
import { SyntheticEntities } from "./entities";
import { entityRows } from "./entity-rows";
import { eventRows } from "./event-rows";
import { CorpusPlan } from "./plan";
import { Draw, Zipf } from "./prng";
import { SeedEntities, type SeedEntity } from "./seed-entities";
import { corpusShape } from "./shape";
import { SOURCE_COLUMNS, sourceLines } from "./source-rows";

/** A source row's column by name (the COPY order is SOURCE_COLUMNS). */
const column = (name: string) => SOURCE_COLUMNS.indexOf(name);

/** The generator's rules, checked on an in-memory corpus (no database): rows are parsed back from COPY text. */
const SEEDS: SeedEntity[] = [
  { id: 1, slug: "meta", kind: "ORGANIZATION", orgKind: "COMPANY", name: "Meta", ownerId: null, names: { "zh-Hans": "脸书" } },
  { id: 2, slug: "openai", kind: "ORGANIZATION", orgKind: "COMPANY", name: "OpenAI", ownerId: null, names: {} },
  { id: 3, slug: "google", kind: "ORGANIZATION", orgKind: "COMPANY", name: "Google", ownerId: null, names: { "zh-Hans": "谷歌" } },
  { id: 4, slug: "avocado", kind: "MODEL", orgKind: null, name: "Avocado", ownerId: 1, names: { "zh-Hans": "牛油果" } },
  { id: 5, slug: "mark-zuckerberg", kind: "PERSON", orgKind: null, name: "Mark Zuckerberg", ownerId: null, names: { "zh-Hans": "扎克伯格" } },
  { id: 6, slug: "cnbc", kind: "ORGANIZATION", orgKind: "MEDIA_OUTLET", name: "CNBC", ownerId: null, names: {} },
  // The rest of a seed knowledge base: more companies, and models of other owners.
  ...Array.from({ length: 30 }, (_, i): SeedEntity => ({
    id: 7 + i,
    slug: `company-${i}`,
    kind: "ORGANIZATION",
    orgKind: "COMPANY",
    name: `Company ${i}`,
    ownerId: null,
    names: {},
  })),
  ...Array.from({ length: 10 }, (_, i): SeedEntity => ({ id: 40 + i, slug: `model-${i}`, kind: "MODEL", orgKind: null, name: `Model ${i}`, ownerId: 7 + i, names: {} })),
];
const IDS = { event: 10_000, source: 20_000, figure: 30_000 };
const ENTITY_BASE = 100;

const unescape = (value: string) => (value === "\\N" ? null : value.replace(/\\(.)/g, (_match, char: string) => ({ t: "\t", n: "\n", r: "\r" })[char] ?? char));
const fields = (line: string) => line.replace(/\n$/, "").split("\t").map(unescape);

function corpus(events: number, seed = 1) {
  const entities = new SyntheticEntities(corpusShape(events), seed, ENTITY_BASE, new SeedEntities(SEEDS));
  return new CorpusPlan(entities);
}

function sources(plan: CorpusPlan) {
  const citations: string[] = [];
  const mentions: string[] = [];
  // Spill files stand in as arrays: sourceLines only calls write().
  const spill = { citations: { write: (line: string) => citations.push(line) }, mentions: { write: (line: string) => mentions.push(line) } };
  const lines = [...sourceLines(plan, IDS, spill as unknown as Parameters<typeof sourceLines>[2])];
  return { lines, citations, mentions };
}

describe("randomness by position", () => {
  it("gives the same draws for the same (seed, stream, index) and others elsewhere", () => {
    const take = (seed: number, stream: number, index: number) =>
      Array.from(
        { length: 5 },
        (
          (draw) => () =>
            draw.next()
        )(new Draw(seed, stream, index)),
      );
    expect(take(1, 2, 3)).toEqual(take(1, 2, 3));
    expect(take(1, 2, 3)).not.toEqual(take(2, 2, 3));
    expect(take(1, 2, 3)).not.toEqual(take(1, 3, 3));
    expect(take(1, 2, 3)).not.toEqual(take(1, 2, 4));
  });

  it("draws Zipf ranks with a heavy head and a long tail", () => {
    const zipf = new Zipf(1000, 1);
    const counts = new Array(1000).fill(0);
    for (let i = 0; i < 20_000; i++) counts[zipf.sample(new Draw(9, 1, i))]++;
    expect(counts[0]).toBeGreaterThan(counts[10] * 5);
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(500);
  });
});

describe("COPY text format", () => {
  it("escapes what would end a value or a row, and writes NULL and booleans", () => {
    expect(copyValue("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyValue(null)).toBe("\\N");
    expect(copyLine([1, true, false, undefined, "x"])).toBe("1\tt\tf\t\\N\tx\n");
    expect(fields(copyLine(["a\tb\nc\\d", null]))).toEqual(["a\tb\nc\\d", null]);
  });
});

describe("the corpus's shape", () => {
  it("scales the issue's one-million figures with N", () => {
    expect(corpusShape(1_000_000)).toEqual({ events: 1_000_000, organizations: 5_000, models: 20_000, people: 50_000, sources: 300_000 });
    expect(corpusShape(50_000)).toMatchObject({ organizations: 250, sources: 15_000 });
    expect(() => corpusShape(10)).toThrow(/--events/);
  });

  it("puts each headline company in 3–5% of the events and every event has 1–4 distinct participants", () => {
    const plan = corpus(20_000);
    const counts = new Map<number, number>();
    const malformed: number[] = [];
    for (let event = 0; event < plan.events; event++) {
      const ids = plan.participants(event).map((participant) => participant.id);
      if (ids.length < 1 || ids.length > 4 || new Set(ids).size !== ids.length) malformed.push(event);
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(malformed).toEqual([]);
    for (const id of [1, 2, 3]) {
      expect(counts.get(id)! / plan.events).toBeGreaterThan(0.025);
      expect(counts.get(id)! / plan.events).toBeLessThan(0.05);
    }
    // About three citations per event, counting one per figure.
    expect((plan.eventCitations + plan.figures) / plan.events).toBeGreaterThan(2.8);
    expect((plan.eventCitations + plan.figures) / plan.events).toBeLessThan(3.3);
    expect(plan.figures / plan.events).toBeGreaterThan(0.4);
    expect(plan.figures / plan.events).toBeLessThan(0.6);
  });
});

describe("the corpus's rows", () => {
  const plan = corpus(3_000);
  const { lines, citations, mentions } = sources(plan);
  const texts = new Map(lines.map((line) => fields(line)).map((row) => [Number(row[column("id")]), row[column("text")]!]));

  it("quotes every citation as a substring of its source, at quoteStart", () => {
    expect(citations.length).toBe(plan.eventCitations + plan.figures);
    for (const line of citations) {
      const [sourceId, quote, quoteStart] = fields(line);
      const start = Number(quoteStart);
      expect(texts.get(Number(sourceId))!.slice(start, start + quote!.length)).toBe(quote);
    }
  });

  it("finds every mention's surface at its offsets", () => {
    expect(mentions.length).toBeGreaterThan(plan.sources);
    for (const line of mentions) {
      const [sourceId, , start, end, surface] = fields(line);
      expect(texts.get(Number(sourceId))!.slice(Number(start), Number(end))).toBe(surface);
    }
  });

  it("writes sources of about 2 KB, unique, in many languages, marked synthetic", () => {
    const rows = lines.map(fields);
    const bytes = rows.map((row) => Buffer.byteLength(row[column("text")]!));
    expect(Math.min(...bytes)).toBeGreaterThan(1_400);
    expect(Math.max(...bytes)).toBeLessThan(4_000);
    const [text, hash] = [column("text"), column("contentHash")];
    expect(new Set(rows.map((row) => row[hash])).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row[column("language")])).size).toBeGreaterThanOrEqual(10);
    expect(rows.every((row) => row[hash] === createHash("sha256").update(row[text]!).digest("hex") && row[column("synthetic")] === "t")).toBe(true);
    // Day-precise dates: each source is public from the day it is dated (the as-of rule).
    expect(rows.every((row) => row[column("publicOn")] === row[column("publishedOn")])).toBe(true);
  });

  it("writes the same bytes for the same seed", () => {
    const again = sources(corpus(3_000));
    expect(again.lines).toEqual(lines);
    expect(again.citations).toEqual(citations);
    expect(sources(corpus(3_000, 2)).lines).not.toEqual(lines);
  });

  it("writes events, participants, figures and entities that point at rows of the corpus or of the seed", () => {
    const rules = orchardRules();
    const now = "2026-01-01T00:00:00.000Z";
    const tables = Object.fromEntries(
      [...entityRows(plan.entities, rules, now), ...eventRows(plan, IDS, rules, now)].map((table) => [table.table, [...table.lines()].map(fields)]),
    );
    const entityIds = new Set([...SEEDS.map((seed) => seed.id), ...tables.Entity.map((row) => Number(row[0]))]);
    expect(tables.Entity.every((row) => row[1]!.startsWith("syn-") && row[7] === "t")).toBe(true);
    expect(tables.Event).toHaveLength(plan.events);
    expect(tables.Event.every((row) => row[1]!.startsWith("syn-ev-") && row[13] === "t")).toBe(true);
    expect(tables.EventParticipant.every((row) => entityIds.has(Number(row[1])))).toBe(true);
    expect(tables.Figure).toHaveLength(plan.figures);
    expect(tables.Alias.every((row) => entityIds.has(Number(row[0])) && row[2] === rules.foldForSearch(row[1]!))).toBe(true);
    const aliasKeys = tables.Alias.map((row) => `${row[0]}|${row[1]}|${row[3]}`);
    expect(new Set(aliasKeys).size).toBe(aliasKeys.length);
    const roleKeys = tables.Role.map((row) => `${row[0]}|${row[1]}|${row[2]}`);
    expect(new Set(roleKeys).size).toBe(roleKeys.length);
  });
});
