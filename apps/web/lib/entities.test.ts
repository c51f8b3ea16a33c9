import { entityHref, groupByLanguage, groupByType } from "./entities";

describe("entityHref", () => {
  it("maps types to routes", () => {
    expect(entityHref("Person", "alexandr-wang")).toBe("/people/alexandr-wang");
    expect(entityHref("AiModel", "avocado")).toBe("/models/avocado");
    expect(entityHref("Lab", "tbd-lab")).toBe("/labs/tbd-lab");
    expect(entityHref("Company", "meta")).toBe("/companies/meta");
    expect(entityHref("MediaOutlet", "cnbc")).toBeNull();
  });
});

describe("groupByType", () => {
  it("orders groups companies first and keeps item order", () => {
    const groups = groupByType(
      [
        { t: "Person", n: 1 },
        { t: "Company", n: 2 },
        { t: "Person", n: 3 },
        { t: "Weird", n: 4 },
      ],
      (x) => x.t,
    );
    expect(groups.map((g) => g.type)).toEqual(["Company", "Person", "Weird"]);
    expect(groups[1].items.map((x) => x.n)).toEqual([1, 3]);
  });
});

describe("groupByLanguage", () => {
  it("groups aliases by language tag", () => {
    const groups = groupByLanguage([
      { name: "杨立昆", language: "zh-Hans" },
      { name: "Yann LeCun", language: "en" },
      { name: "杨乐昆", language: "zh-Hans" },
    ]);
    expect(groups).toEqual([
      {
        language: "zh-Hans",
        items: [
          { name: "杨立昆", language: "zh-Hans" },
          { name: "杨乐昆", language: "zh-Hans" },
        ],
      },
      { language: "en", items: [{ name: "Yann LeCun", language: "en" }] },
    ]);
  });
});
