import { buildAliasMatcher, knowledgeBaseAliases } from "../index";
import { combineResults, discovery, evaluateDevset, scoreDiscovery, tableByLanguage, type DevsetGold, type DevsetResult } from "./devset";
import { evaluateSeeds } from "./seeds";
import { PERCENT_TOLERANCE, offsetOf, pairUp, sameNumber, scores, sumScores } from "./scores";
import { occurrencesOf, projectSpans } from "./spans";

const result = (language: string, linking: [number, number, number], unknown: [number, number], figures: [number, number, number]): DevsetResult => ({
  language,
  documents: 1,
  languageCorrect: 1,
  linking: scores(...linking),
  discovery: discovery(unknown[0], unknown[1]),
  figures: scores(...figures),
});

describe("scores", () => {
  it("computes precision, recall and F1 from hits, spurious and missed", () => {
    const s = scores(6, 2, 4);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it("scores an empty side as 1 and nothing found at all as 0 F1", () => {
    expect(scores(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scores(0, 0, 3)).toMatchObject({ precision: 1, recall: 0 });
    expect(scores(0, 2, 3).f1).toBe(0);
  });

  it("micro-averages by summing the counts", () => {
    expect(sumScores([scores(1, 0, 0), scores(1, 1, 2)])).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2, precision: 2 / 3, recall: 0.5 });
  });

  it("pairs each gold item once", () => {
    const paired = pairUp([1, 1, 2, 9], [1, 2, 3], (a, b) => a === b);
    expect(paired.scores).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1 });
    expect(paired.spurious).toEqual([1, 9]);
    expect(paired.missed).toEqual([3]);
  });

  it("compares numbers up to float noise, or within a tolerance when given (a third is 33.3333 in the gold)", () => {
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameNumber(100 / 3, 33.3333)).toBe(false);
    expect(sameNumber(100 / 3, 33.3333, PERCENT_TOLERANCE)).toBe(true);
    expect(sameNumber(33.35, 33.3333, PERCENT_TOLERANCE)).toBe(false);
    expect(sameNumber(undefined, 33.3333, PERCENT_TOLERANCE)).toBe(false);
  });

  it("finds the n-th occurrence, overlapping ones included", () => {
    expect(offsetOf("aaa Meta Metas", "Meta", 1)).toBe(9);
    expect(offsetOf("aaa", "aa", 1)).toBe(1);
    expect(() => offsetOf("Meta", "Meta", 1)).toThrow(/not in the cleaned text/);
  });
});

describe("projectSpans", () => {
  it("follows kept lines through dropped lines, trimmed blanks, collapsed blank runs and NFKC", () => {
    const body = "Advertisement\n\n\nMeta paid ＄５ bn.  \nOpenAI too.\n";
    const cleaned = "Meta paid $5 bn.\nOpenAI too.";
    const project = projectSpans(body, cleaned);
    expect(project({ start: body.indexOf("＄５ bn"), end: body.indexOf("＄５ bn") + 5 })).toEqual({ start: 10, end: 15 });
    expect(project({ start: body.indexOf("OpenAI"), end: body.indexOf("OpenAI") + 6 })).toEqual({ start: 17, end: 23 });
    expect(project({ start: 0, end: 4 })).toBeUndefined();
  });

  it("lists every occurrence of a line", () => {
    expect(occurrencesOf("ab ab", "ab")).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
    expect(occurrencesOf("ab", "")).toEqual([]);
  });
});

describe("discovery and the per-language table", () => {
  it("counts an unknown entity as discovered only when a proposal of its type covers one of its surfaces", () => {
    const unknown = [
      { type: "ORGANIZATION" as const, spans: [{ start: 0, end: 6 }] },
      {
        type: "PERSON" as const,
        spans: [
          { start: 10, end: 20 },
          { start: 30, end: 40 },
        ],
      },
      { type: "MODEL" as const, spans: [{ start: 50, end: 55 }] },
    ];
    const proposals = [
      { start: 0, end: 6, type: "ORGANIZATION" as const },
      { start: 32, end: 35, type: "PERSON" as const },
      { start: 50, end: 55, type: "PRODUCT" as const },
    ];
    expect(scoreDiscovery(unknown, proposals)).toEqual({ entities: 3, proposed: 2, recall: 2 / 3, proposals: 3, spurious: 0, precision: 1 });
    expect(scoreDiscovery(unknown, [])).toEqual({ entities: 3, proposed: 0, recall: 0, proposals: 0, spurious: 0, precision: 1 });
    expect(scoreDiscovery([], [])).toEqual({ entities: 0, proposed: 0, recall: 1, proposals: 0, spurious: 0, precision: 1 });
  });

  it("counts as spurious the proposals that overlap neither an unknown entity nor a known mention", () => {
    const unknown = [{ type: "PERSON" as const, spans: [{ start: 0, end: 8 }] }];
    const proposals = [
      { start: 0, end: 8, type: "PERSON" as const },
      { start: 20, end: 26, type: "ORGANIZATION" as const },
      { start: 40, end: 45, type: "MODEL" as const },
    ];
    expect(scoreDiscovery(unknown, proposals, [{ start: 20, end: 30 }])).toMatchObject({ proposed: 1, proposals: 3, spurious: 1, precision: 2 / 3 });
  });

  it("groups documents by language and adds an ALL row of summed counts", () => {
    const table = tableByLanguage([result("en", [3, 1, 0], [4, 1], [2, 0, 2]), result("ja", [1, 0, 1], [2, 0], [0, 1, 1]), result("en", [1, 0, 1], [1, 1], [1, 1, 0])]);
    expect(table.map((row) => row.language)).toEqual(["en", "ja", "ALL"]);
    expect(table[0]).toMatchObject({ documents: 2, linking: { truePositives: 4, falsePositives: 1, falseNegatives: 1 }, discovery: { entities: 5, proposed: 2, recall: 0.4 } });
    expect(table[0].figures).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(table[2]).toEqual(combineResults("ALL", [table[0], table[1]]));
    expect(table[2].linking).toMatchObject({ truePositives: 5, falsePositives: 1, falseNegatives: 2 });
    expect(table[2].discovery.recall).toBeCloseTo(2 / 7);
  });
});

const kb = knowledgeBaseAliases({
  organizations: [{ slug: "meta", name: "Meta", aliases: [] }],
  models: [],
  products: [],
  facilities: [],
  people: [{ slug: "yann-lecun", name: "Yann LeCun", aliases: [{ name: "LeCun", language: "en", kind: "surname" }] }],
});

describe("evaluateDevset", () => {
  const body = "Advertisement: Meta\n\nMeta hired Yann LeCun and Ada Vance from Nvidia for $5 billion.\n";
  const at = (s: string) => body.indexOf(s, 21);
  const gold: DevsetGold = {
    id: "en-x",
    language: "en",
    publishedOn: "2025-11-05",
    noise: ["Advertisement: Meta"],
    mentions: [
      { slug: "meta", surface: "Meta", start: at("Meta") },
      { slug: "yann-lecun", surface: "Yann LeCun", start: at("Yann") },
    ],
    unknownEntities: [
      { slug: "ada-vance", type: "PERSON", surfaces: [{ surface: "Ada Vance", start: at("Ada") }] },
      { slug: "nvidia", type: "ORGANIZATION", surfaces: [{ surface: "Nvidia", start: at("Nvidia") }] },
    ],
    figures: [{ kind: "MONEY", text: "$5 billion", start: at("$5"), value: 5e9, unit: "USD" }],
  };

  it("scores linking, discovery and figures on the cleaned text, ignoring the noise lines", () => {
    const { perDocument, table } = evaluateDevset({ documents: [{ gold, body }], aliases: kb.aliases, entityKinds: kb.entityKinds, knownSlugs: new Set(["meta", "yann-lecun"]) });
    expect(perDocument[0].linking).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    // "Ada Vance" reads as a person by shape, "Nvidia" as an organisation; "Meta" and "Yann LeCun" are linked, not proposed.
    expect(perDocument[0].discovery).toEqual({ entities: 2, proposed: 2, recall: 1, proposals: 2, spurious: 0, precision: 1 });
    expect(perDocument[0].figures).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(table.map((row) => row.language)).toEqual(["en", "ALL"]);
  });

  it("moves an unknown entity the knowledge base has since learned from discovery to linking", () => {
    const { perDocument, errors } = evaluateDevset({
      documents: [{ gold, body }],
      aliases: kb.aliases,
      entityKinds: kb.entityKinds,
      knownSlugs: new Set(["meta", "yann-lecun", "nvidia"]),
    });
    expect(perDocument[0].linking).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 1 });
    expect(perDocument[0].discovery).toMatchObject({ entities: 1, proposed: 1, spurious: 0 });
    expect(errors).toContainEqual({ id: "en-x", task: "linking", type: "missed", detail: 'nvidia "Nvidia"' });
  });
});

describe("evaluateSeeds", () => {
  it("scores exact linking spans and value-checked figures", () => {
    const raw = "Meta hired Yann LeCun in 2025 for $5 billion.";
    const evaluation = evaluateSeeds({
      documents: [
        {
          raw,
          gold: {
            file: "a.txt",
            language: "en",
            publishedOn: "2025-11-05",
            mentions: [{ slug: "meta", surface: "Meta", occurrence: 0 }],
            figures: [{ kind: "MONEY", text: "$5 billion", occurrence: 0, value: 5e9, unit: "USD" }],
          },
        },
      ],
      aliases: kb.aliases,
    });
    expect(evaluation.linking).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(evaluation.errors).toContainEqual({ file: "a.txt", task: "linking", type: "spurious", detail: 'yann-lecun@11+10 "Yann LeCun"' });
    expect(buildAliasMatcher(kb.aliases).findMentions(raw)).toHaveLength(2);
  });
});
