import { aliasKindFor, checkName, defaultName, scriptOf, slugFor } from "./entity-naming";
import { groupSightings, leadingType } from "./discovery.store";

describe("naming an accepted candidate", () => {
  it("makes kebab-case English slugs, and none from a name without Latin letters or digits", () => {
    expect(slugFor("Demis Hassabis")).toBe("demis-hassabis");
    expect(slugFor("DeepSeek-V3.2")).toBe("deepseek-v3-2");
    expect(slugFor("Timothée Lacroix")).toBe("timothee-lacroix");
    expect(slugFor("  ‘Mistral’ AI!  ")).toBe("mistral-ai");
    expect(slugFor("维特拉诺")).toBe("");
    expect(slugFor("a".repeat(100)).length).toBe(80);
  });

  it("tells scripts apart, a mixed name counting as its non-Latin script", () => {
    expect(["Nvidia", "엔비디아", "英伟达", "エヌビディア", "GPT-5 模型", "Яндекс", "42"].map(scriptOf)).toEqual(["latin", "hangul", "han", "kana", "han", "cyrillic", "other"]);
    expect(aliasKindFor("Oriana  Keswick", "Oriana Keswick")).toBe("OFFICIAL");
    expect(aliasKindFor("오리아나 케스윅", "Oriana Keswick")).toBe("TRANSLITERATION");
  });

  it("names a candidate after its most seen Latin-script form, else its most seen form", () => {
    expect(
      defaultName([
        { form: "英伟达", count: 5 },
        { form: "Nvidia", count: 2 },
        { form: "NVIDIA", count: 3 },
      ]),
    ).toBe("NVIDIA");
    expect(
      defaultName([
        { form: "英伟达", count: 5 },
        { form: "輝達", count: 6 },
      ]),
    ).toBe("輝達");
    expect(defaultName([])).toBeUndefined();
  });

  it("trims an analyst's name and refuses empty, overlong or control-character names", () => {
    expect(checkName("  Oriana   Keswick ")).toEqual({ name: "Oriana Keswick" });
    for (const bad of ["", "   ", "x".repeat(201), "a\u0000b", "a\u007fb"]) expect(checkName(bad)).toHaveProperty("problem");
  });
});

describe("a document's sightings", () => {
  const sighting = (key: string, type: "PERSON" | "ORGANIZATION", cue: string | undefined, start: number, language = "en") => ({
    key,
    type,
    surface: key,
    language,
    start,
    end: start + key.length,
    quote: { start: start - (start % 100), end: start - (start % 100) + 99, text: `sentence ${Math.floor(start / 100)}` },
    cue,
  });

  it("groups by key in key order, counting forms per language and one quote per sentence", () => {
    const groups = groupSightings([
      sighting("zeta", "PERSON", undefined, 5),
      sighting("alpha", "PERSON", undefined, 10),
      sighting("zeta", "PERSON", undefined, 20, "it"),
      sighting("zeta", "PERSON", undefined, 150),
    ]);
    expect(groups.map((g) => g.key)).toEqual(["alpha", "zeta"]);
    expect(groups[1].count).toBe(3);
    expect([...groups[1].forms.values()]).toEqual([
      { language: "en", form: "zeta", count: 2 },
      { language: "it", form: "zeta", count: 1 },
    ]);
    expect([...groups[1].quotes.keys()]).toEqual([0, 100]);
  });

  it("gives the type most votes support, a cued sighting counting double, ties to the type seen first", () => {
    expect(groupSightings([sighting("x", "PERSON", undefined, 1), sighting("x", "ORGANIZATION", undefined, 2)])[0].type).toBe("PERSON");
    expect(groupSightings([sighting("x", "PERSON", undefined, 1), sighting("x", "PERSON", undefined, 2), sighting("x", "ORGANIZATION", "Inc", 3)])[0].type).toBe("PERSON");
    expect(groupSightings([sighting("x", "PERSON", undefined, 1), sighting("x", "ORGANIZATION", "Inc", 3)])[0].type).toBe("ORGANIZATION");
    expect(leadingType({ PERSON: 2, MODEL: 2 }, "MODEL")).toBe("MODEL");
    expect(leadingType({ PERSON: 3, MODEL: 2 }, "MODEL")).toBe("PERSON");
  });
});
