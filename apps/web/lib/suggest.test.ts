import { snippetParts, toSuggestions } from "./suggest";

describe("suggestions", () => {
  const entity = (__typename: string, slug: string, name: string, matchedAlias = name) => ({ matchedAlias, language: "en", entity: { __typename, slug, name } });

  it("keeps the API's groups in order, labels them, and drops entities without a page", () => {
    const result = toSuggestions("ava", {
      fuzzy: true,
      groups: [{ hits: [entity("AiModel", "avocado", "Avocado", "牛油果")] }, { hits: [entity("MediaOutlet", "cnbc", "CNBC")] }],
      events: [{ event: { id: "RXZlbnQ6MQ", title: "Avocado slips", type: "DELAY" } }],
      sources: [{ source: { id: "U291cmNlOjE", title: "Meta e Avocado", language: "it" } }],
    });
    expect(result.fuzzy).toBe(true);
    expect(result.groups.map((g) => g.title)).toEqual(["Models and products", "Events", "Sources"]);
    expect(result.groups[0].items[0]).toEqual({ href: "/models/avocado", label: "Avocado", detail: "“牛油果”" });
    expect(result.groups[1].items[0].href).toBe("/events/RXZlbnQ6MQ");
  });

  it("splits «highlighted» words out of a snippet", () => {
    expect(snippetParts("la «avocado» di Meta «Avocado»")).toEqual([
      { text: "la ", hit: false },
      { text: "avocado", hit: true },
      { text: " di Meta ", hit: false },
      { text: "Avocado", hit: true },
    ]);
  });
});
