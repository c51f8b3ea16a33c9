import { globalId, TO_ORCHARD_SHAPE } from "./to-orchard";

describe("PostGraphile answers in Orchard's shape", () => {
  it("builds Orchard's global IDs: base64url of Type:id without padding", () => {
    expect(globalId("Event", 2)).toBe("RXZlbnQ6Mg");
    expect(globalId("Source", 1)).toBe("U291cmNlOjE");
  });

  it("maps search hits, keeping their order", () => {
    const data = {
      peerSearch: {
        nodes: [
          { matchedAlias: "Openi", language: "it", score: 0.8, typeName: "Company", slug: "openai", name: "OpenAI", description: null },
          { matchedAlias: "x", language: "en", score: 0.5, typeName: "AiModel", slug: "x", name: "X", description: "d" },
        ],
      },
    };
    expect(TO_ORCHARD_SHAPE.search(data, {})).toEqual({
      search: [
        { matchedAlias: "Openi", language: "it", score: 0.8, entity: { __typename: "Company", slug: "openai", name: "OpenAI", description: null } },
        { matchedAlias: "x", language: "en", score: 0.5, entity: { __typename: "AiModel", slug: "x", name: "X", description: "d" } },
      ],
    });
  });

  it("splits compare rows into each company's column and turns numeric strings into numbers", () => {
    const data = {
      companies: {
        nodes: [
          { slug: "meta", name: "Meta" },
          { slug: "openai", name: "OpenAI" },
        ],
      },
      labs: { nodes: [{ companySlug: "meta", slug: "fair" }] },
      models: { nodes: [{ companySlug: "openai", slug: "gpt-5", name: "GPT-5", status: "RELEASED", access: "CLOSED", expectedRelease: null }] },
      keyPeople: { nodes: [] },
      capex: { nodes: [{ companySlug: "meta", text: "72 B", value: "72000000000.0000", effectiveText: "2025-10" }] },
      counts: { nodes: [{ companySlug: "meta", type: "HIRE", count: 2 }] },
      recent: { nodes: [{ companySlug: "meta", title: "t", occurredText: null }] },
      flows: { nodes: [{ personName: "P", fromSlug: "meta", toSlug: "openai" }] },
    };
    const result = TO_ORCHARD_SHAPE.compare(data, { asOf: "2026-01-01" }) as { compare: { asOf: string; companies: Record<string, unknown>[]; talentFlows: unknown[] } };
    expect(result.compare.asOf).toBe("2026-01-01");
    expect(result.compare.companies[0]).toMatchObject({
      slug: "meta",
      labs: [{ slug: "fair" }],
      models: [],
      capexGuidance: [{ text: "72 B", value: 72000000000, effectiveOn: { text: "2025-10" } }],
      eventCounts: [{ type: "HIRE", count: 2 }],
      recentEvents: [{ title: "t", occurredOn: null }],
    });
    expect(result.compare.companies[1]).toMatchObject({ slug: "openai", models: [{ model: { slug: "gpt-5", name: "GPT-5" }, expectedRelease: null }] });
    expect(result.compare.talentFlows).toEqual([{ person: { name: "P" }, fromCompany: { slug: "meta" }, toCompany: { slug: "openai" } }]);
  });

  it("answers null for a slug of another type, as Orchard's company(slug) and model(slug) do", () => {
    expect(TO_ORCHARD_SHAPE.company({ entityBySlug: { typeName: "Lab" } }, {})).toEqual({ company: null });
    expect(TO_ORCHARD_SHAPE.model({ entityBySlug: null }, {})).toEqual({ model: null });
  });
});
