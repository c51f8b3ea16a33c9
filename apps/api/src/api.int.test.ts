import { startTestApi, type TestApi } from "./test-support/harness";

/** The public contract, end to end over HTTP, on a fresh database seeded with the real knowledge base. */
describe("GraphQL API on the seed knowledge base", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const ok = async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => {
    const response = await api.gql<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const errorCode = async (query: string, variables?: Record<string, unknown>) => {
    const response = await api.gql(query, variables);
    expect(response.errors?.length).toBeGreaterThan(0);
    return response.errors![0].extensions?.code;
  };

  describe("entities by slug", () => {
    it("returns a company with its labs and models, and null for unknown or mistyped slugs", async () => {
      const data = await ok(`{
        meta: company(slug: "meta") { __typename id slug name labs { slug } models { slug } }
        unknown: company(slug: "no-such-company") { slug }
        labAsCompany: company(slug: "tbd-lab") { slug }
        lab(slug: "tbd-lab") { __typename slug company { slug } parent { slug } }
        person(slug: "alexandr-wang") { name roles { title isCurrent organization { slug } citations { quote } } }
        nobody: person(slug: "avocado") { slug }
      }`);
      expect(data.meta.__typename).toBe("Company");
      expect(data.meta.labs.map((lab: { slug: string }) => lab.slug)).toEqual(expect.arrayContaining(["meta-superintelligence-labs", "tbd-lab", "fair"]));
      expect(data.meta.models.map((model: { slug: string }) => model.slug)).toEqual(expect.arrayContaining(["avocado", "llama-4"]));
      expect(data.unknown).toBeNull();
      expect(data.labAsCompany).toBeNull();
      expect(data.nobody).toBeNull();
      expect(data.lab).toMatchObject({ __typename: "Lab", slug: "tbd-lab", company: { slug: "meta" } });
      const wangAtMeta = data.person.roles.filter((role: { organization: { slug: string } }) =>
        ["meta", "meta-superintelligence-labs", "tbd-lab"].includes(role.organization.slug),
      );
      expect(wangAtMeta.length).toBeGreaterThan(0);
      for (const role of data.person.roles) expect(role.citations.length).toBeGreaterThan(0);
    });

    it("resolves node(id) for every kind of global ID and refuses forged ones", async () => {
      const data = await ok(`{
        company(slug: "meta") { id } model(slug: "avocado") { id } person(slug: "yann-lecun") { id }
        events(first: 1) { edges { node { id } } } sources(first: 1) { edges { node { id } } }
      }`);
      const ids = [data.company.id, data.model.id, data.person.id, data.events.edges[0].node.id, data.sources.edges[0].node.id];
      const nodes = await ok(`{ ${ids.map((id, i) => `n${i}: node(id: "${id}") { __typename id }`).join(" ")} }`);
      expect(Object.values(nodes).map((node: any) => node.__typename)).toEqual(["Company", "AiModel", "Person", "Event", "Source"]);
      const forged = Buffer.from(`Company:${Buffer.from(data.person.id, "base64url").toString().split(":")[1]}`).toString("base64url");
      expect((await ok(`{ node(id: "${forged}") { id } garbage: node(id: "%%%") { id } }`)).node).toBeNull();
    });
  });

  describe("Avocado", () => {
    it("shows status, access, the delay to Q1 2026 cited in Italian and Chinese, and Meta's denial", async () => {
      const data = await ok(`{
        model(slug: "avocado") {
          status access developer { slug } owner { slug }
          expectedRelease { text date { start precision } }
          before: expectedRelease(asOf: "2025-11-01") { text date { start end } }
          lineage { relation outgoing model { slug } }
          events(first: 50) { edges { node { type title
            figures { metric text date { start precision } }
            citations { quote stance attributedTo { slug } source { language } } } } }
        }
      }`);
      const model = data.model;
      expect(model).toMatchObject({ access: "CLOSED", owner: { slug: "meta" } });
      expect(model.expectedRelease.date).toEqual({ start: "2026-01-01", precision: "QUARTER" });
      // "fine del 2025" and the delay to Q1 2026 were first reported by the same 10 December article:
      // on 1 November no expected release was public.
      expect(model.before).toBeNull();
      expect(model.lineage.filter((edge: any) => edge.relation === "DISTILLED_FROM").map((edge: any) => edge.model.slug)).toEqual(
        expect.arrayContaining(["gemma", "gpt-oss", "qwen"]),
      );
      const delay = model.events.edges.map((edge: any) => edge.node).find((event: any) => event.type === "DELAY");
      expect(delay).toBeDefined();
      const languages = new Set(delay.citations.map((citation: any) => citation.source.language));
      expect([...languages]).toEqual(expect.arrayContaining(["it", "zh-Hans"]));
      expect(delay.citations.some((citation: any) => citation.stance === "DENIES")).toBe(true);
      expect(delay.figures.some((figure: any) => figure.metric === "expected_release" && figure.date.start === "2026-01-01")).toBe(true);
    });
  });

  describe("search", () => {
    it.each([
      ["汪滔", "alexandr-wang"],
      ["楊立昆", "yann-lecun"],
      ["杨立昆", "yann-lecun"],
      ["牛油果", "avocado"],
      ["lecun", "yann-lecun"],
      ["LECUN", "yann-lecun"],
      ["谷歌", "google"],
      ["甲骨文", "oracle"],
      ["扎克伯格", "mark-zuckerberg"],
    ])("%s finds %s first", async (query, slug) => {
      const data = await ok(`query ($q: String!) { search(query: $q) { entity { slug } matchedAlias language score } }`, { q: query });
      expect(data.search[0].entity.slug).toBe(slug);
      expect(data.search[0].score).toBeGreaterThan(0);
    });

    it("reports the alias and its language, and filters by type", async () => {
      const data = await ok(`{
        han: search(query: "楊立昆") { entity { slug } matchedAlias language }
        people: search(query: "meta", types: [PERSON]) { entity { __typename } }
      }`);
      expect(data.han[0].language).toMatch(/^zh/);
      expect(data.han[0].matchedAlias).toMatch(/[楊杨]立昆/);
      for (const hit of data.people) expect(hit.entity.__typename).toBe("Person");
    });

    it("rejects an empty query with BAD_USER_INPUT", async () => {
      expect(await errorCode(`{ search(query: "  ··· ") { score } }`)).toBe("BAD_USER_INPUT");
    });
  });

  describe("connections", () => {
    const listQuery = `query ($first: Int, $after: String) {
      companies(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { slug } } }
    }`;

    it("pages through all companies without gaps or repeats", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let guard = 0; guard < 50; guard++) {
        const data: any = await ok(listQuery, { first: 7, after });
        total = data.companies.totalCount;
        seen.push(...data.companies.edges.map((edge: any) => edge.node.slug));
        if (!data.companies.pageInfo.hasNextPage) break;
        after = data.companies.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen).toEqual(expect.arrayContaining(["meta", "openai", "google", "mistral"]));
    });

    it("returns an empty last page after the final cursor", async () => {
      let page: any = await ok(listQuery, { first: 100 });
      while (page.companies.pageInfo.hasNextPage) page = await ok(listQuery, { first: 100, after: page.companies.pageInfo.endCursor });
      const past: any = await ok(listQuery, { first: 5, after: page.companies.pageInfo.endCursor });
      expect(past.companies.edges).toEqual([]);
      expect(past.companies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it.each([[0], [101], [-3]])("rejects first: %p with BAD_USER_INPUT", async (first) => {
      expect(await errorCode(listQuery, { first })).toBe("BAD_USER_INPUT");
    });

    it("rejects a cursor it did not issue", async () => {
      expect(await errorCode(listQuery, { first: 5, after: "bm9wZQ" })).toBe("BAD_USER_INPUT");
    });

    it("serves every root list", async () => {
      const data = await ok(`{
        companies { totalCount } labs { totalCount } models { totalCount } people { totalCount } events { totalCount } sources { totalCount }
      }`);
      expect(data.companies.totalCount).toBeGreaterThanOrEqual(10);
      expect(data.labs.totalCount).toBeGreaterThanOrEqual(4);
      expect(data.models.totalCount).toBeGreaterThanOrEqual(20);
      expect(data.people.totalCount).toBeGreaterThanOrEqual(20);
      expect(data.events.totalCount).toBeGreaterThanOrEqual(40);
      expect(data.sources.totalCount).toBe(5);
    });

    it("filters and orders models, people and sources", async () => {
      const data = await ok(`{
        closed: models(filter: { access: [CLOSED], owner: "meta" }) { edges { node { slug access } } }
        mistralPeople: people(filter: { organization: "mistral" }) { edges { node { slug } } }
        chinese: sources(filter: { language: "zh-Hant" }) { totalCount edges { node { language } } }
        newest: sources(first: 1, orderBy: { field: PUBLISHED_ON, direction: DESC }) { edges { node { publishedOn } } }
        byName: companies(first: 3, orderBy: { field: NAME, direction: DESC }) { edges { node { name } } }
      }`);
      expect(data.closed.edges.map((edge: any) => edge.node.slug)).toContain("avocado");
      for (const edge of data.closed.edges) expect(edge.node.access).toBe("CLOSED");
      expect(data.mistralPeople.edges.map((edge: any) => edge.node.slug)).toEqual(expect.arrayContaining(["guillaume-lample"]));
      expect(data.chinese.totalCount).toBe(1);
      const names = data.byName.edges.map((edge: any) => edge.node.name);
      expect([...names].sort((a: string, b: string) => b.localeCompare(a))).toEqual(names);
    });
  });

  describe("events", () => {
    it("filters by type, entity, period, language, status and confidence", async () => {
      const data = await ok(`{
        layoffs: events(filter: { types: [LAYOFF] }) { edges { node { type } } }
        scale: events(filter: { entities: ["scale-ai"] }) { edges { node { key citations { source { language } } figures { metric value unit text } } } }
        indonesian: events(filter: { language: "id" }, first: 100) { totalCount }
        all: events(first: 100) { totalCount }
        autumn: events(filter: { from: "2025-10-01", to: "2025-10-31" }, first: 100) { edges { node { occurredOn { start end } } } }
        confident: events(filter: { minConfidence: 0.9 }, first: 100) { edges { node { confidence } } }
        disputed: events(filter: { status: [DISPUTED, DENIED] }, first: 100) { edges { node { status } } }
      }`);
      for (const edge of data.layoffs.edges) expect(edge.node.type).toBe("LAYOFF");
      expect(data.layoffs.edges.length).toBeGreaterThan(0);
      // The Scale AI deal is one event cited by four articles, $14.3B for 49%.
      const deal = data.scale.edges.map((edge: any) => edge.node).find((event: any) => event.figures.some((f: any) => f.metric === "stake"));
      expect(deal.citations.length).toBeGreaterThanOrEqual(4);
      expect(deal.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: "stake", value: 49 })]));
      expect(deal.figures.some((figure: any) => figure.unit === "USD" && figure.value === 14.3e9)).toBe(true);
      expect(data.indonesian.totalCount).toBeGreaterThan(0);
      expect(data.indonesian.totalCount).toBeLessThan(data.all.totalCount);
      for (const edge of data.autumn.edges) {
        expect(edge.node.occurredOn.start <= "2025-10-31").toBe(true);
        expect(edge.node.occurredOn.end >= "2025-10-01").toBe(true);
      }
      for (const edge of data.confident.edges) expect(edge.node.confidence).toBeGreaterThanOrEqual(0.9);
      expect(data.disputed.edges.length).toBeGreaterThan(0);
    });

    it("hides what had not been reported by asOf", async () => {
      const data = await ok(`{
        before: events(filter: { asOf: "2025-06-30" }, first: 100) { totalCount edges { node { firstReportedOn } } }
        all: events(first: 100) { totalCount }
        beforeSeeds: events(filter: { asOf: "2024-01-01" }) { totalCount }
      }`);
      expect(data.before.totalCount).toBeGreaterThan(0);
      expect(data.before.totalCount).toBeLessThan(data.all.totalCount);
      for (const edge of data.before.edges) expect(edge.node.firstReportedOn <= "2025-06-30").toBe(true);
      expect(data.beforeSeeds.totalCount).toBe(0);
    });

    it("orders by first report and by confidence", async () => {
      const data = await ok(`{
        reported: events(first: 100, orderBy: { field: FIRST_REPORTED_ON, direction: ASC }) { edges { node { firstReportedOn } } }
        confidence: events(first: 100, orderBy: { field: CONFIDENCE, direction: DESC }) { edges { node { confidence } } }
      }`);
      const dates = data.reported.edges.map((edge: any) => edge.node.firstReportedOn);
      expect([...dates].sort()).toEqual(dates);
      const confidences = data.confidence.edges.map((edge: any) => edge.node.confidence);
      expect([...confidences].sort((a: number, b: number) => b - a)).toEqual(confidences);
    });

    it("keeps every capex guidance revision as its own figure", async () => {
      const data = await ok(`{ events(filter: { types: [CAPEX_GUIDANCE] }, first: 100) { edges { node { figures { metric value valueMax } } } } }`);
      const values = data.events.edges.flatMap((edge: any) => edge.node.figures.filter((f: any) => f.metric === "capex_guidance").flatMap((f: any) => [f.value, f.valueMax]));
      expect(values).toEqual(expect.arrayContaining([66e9, 70e9, 72e9]));
    });

    it("rejects an unknown entity slug in the filter", async () => {
      expect(await errorCode(`{ events(filter: { entities: ["nope"] }) { totalCount } }`)).toBe("BAD_USER_INPUT");
    });

    it("returns null for an unknown event or source id", async () => {
      const data = await ok(`{ event(id: "RXZlbnQ6OTk5OTk") { id } source(id: "nope") { id } }`);
      expect(data).toEqual({ event: null, source: null });
    });
  });

  describe("compare", () => {
    it("returns the four companies with models, people, money and events, as of today", async () => {
      const data = await ok(`{
        compare(slugs: ["meta", "openai", "google", "mistral"]) {
          asOf
          companies {
            slug name labs { slug }
            models { model { slug } status access expectedRelease { text } }
            keyPeople { title person { slug } }
            capexGuidance { value valueMax effectiveOn { start } citations { quote } }
            moneyFigures { metric }
            eventCounts { type count } totalEvents
            recentEvents { title }
          }
          talentFlows { person { slug } fromCompany { slug } toCompany { slug } left { citations { quote } } }
        }
      }`);
      const companies = data.compare.companies;
      expect(companies.map((company: any) => company.slug)).toEqual(["meta", "openai", "google", "mistral"]);
      for (const company of companies) expect(company.models.length).toBeGreaterThan(0);
      const meta = companies[0];
      expect(meta.totalEvents).toBeGreaterThan(20);
      expect(meta.eventCounts.reduce((sum: number, entry: any) => sum + entry.count, 0)).toBe(meta.totalEvents);
      // Two revisions of the 2025 guidance, each one range: $66–72B (July 2025), then $70–72B (October 2025).
      expect(meta.capexGuidance.map((figure: any) => [figure.value, figure.valueMax])).toEqual([
        [66e9, 72e9],
        [70e9, 72e9],
      ]);
      expect(meta.keyPeople.map((role: any) => role.person.slug)).toEqual(expect.arrayContaining(["alexandr-wang", "mark-zuckerberg"]));
      expect(meta.models.find((model: any) => model.model.slug === "avocado").expectedRelease.text).toBeTruthy();
      expect(companies[1].totalEvents).toBeGreaterThan(0);
      const flows = data.compare.talentFlows.map((flow: any) => `${flow.person.slug}:${flow.fromCompany.slug}>${flow.toCompany.slug}`);
      expect(flows).toEqual(expect.arrayContaining(["guillaume-lample:meta>mistral"]));
    });

    it("shows the comparison as it was known on an earlier date", async () => {
      const data = await ok(`{
        now: compare(slugs: ["meta"]) { companies { totalEvents models { model { slug } expectedRelease { date { start } } } } }
        then: compare(slugs: ["meta"], asOf: "2025-11-01") { asOf companies { totalEvents models { model { slug } expectedRelease { date { end } } } } }
      }`);
      const avocado = (column: any) => column.models.find((model: any) => model.model.slug === "avocado");
      expect(avocado(data.now.companies[0]).expectedRelease.date.start).toBe("2026-01-01");
      // Avocado was first reported on 10 December 2025: the 1 November view does not list it.
      expect(avocado(data.then.companies[0])).toBeUndefined();
      expect(data.then.companies[0].totalEvents).toBeLessThan(data.now.companies[0].totalEvents);
      expect(data.then.asOf).toBe("2025-11-01");
    });

    it("rejects unknown or non-company slugs and too many companies", async () => {
      expect(await errorCode(`{ compare(slugs: ["meta", "nope"]) { asOf } }`)).toBe("BAD_USER_INPUT");
      expect(await errorCode(`{ compare(slugs: ["avocado"]) { asOf } }`)).toBe("BAD_USER_INPUT");
      expect(await errorCode(`{ compare(slugs: ["meta","openai","google","mistral","anthropic","alibaba","deepseek"]) { asOf } }`)).toBe("BAD_USER_INPUT");
    });
  });

  describe("limits", () => {
    it("rejects an over-deep query with QUERY_TOO_DEEP", async () => {
      const deep = `{ company(slug: "meta") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { slug } } } } } } } } } } } } } }`;
      const response = await api.gql(deep);
      expect(response.errors?.[0].extensions?.code).toBe("QUERY_TOO_DEEP");
      expect(response.data).toBeUndefined();
    });

    it("rejects an over-costly query with QUERY_TOO_COSTLY before running it", async () => {
      const costly = `{ events(first: 100) { edges { node { citations { source { publisher { events(first: 100) { edges { node { title } } } } } } } } } }`;
      const response = await api.gql(costly);
      expect(response.errors?.[0].extensions?.code).toBe("QUERY_TOO_COSTLY");
      expect(response.extensions?.sqlStatements).toBe(0);
    });

    it("refuses a GET mutation-free request without a CSRF-safe header", async () => {
      const response = await fetch(`${api.server.url}?query=${encodeURIComponent("{ __typename }")}`);
      expect(response.status).toBe(400);
    });
  });

  describe("SQL statements per request", () => {
    const eventsQuery = `query ($first: Int!) { events(first: $first) { edges { node {
      title figures { text citations { quote source { title } } }
      participants { role entity { slug name aliases { name } ... on Organization { parent { slug } } } }
      citations { quote attributedTo { name } source { title language publisher { name } } }
    } } } }`;

    // The count is a constant of the query's shape (one batch per loader and level). Over a real
    // server, replies arriving in different ticks can split a batch in two, hence a small slack.
    const SLACK = 3;

    it("do not grow with the number of items returned (1 vs 50 events)", async () => {
      const one = await api.gql(eventsQuery, { first: 1 });
      const fifty = await api.gql(eventsQuery, { first: 50 });
      expect(one.errors).toBeUndefined();
      expect((fifty.data as any).events.edges).toHaveLength(50);
      expect(fifty.extensions?.sqlStatements).toBeGreaterThan(0);
      expect(fifty.extensions?.sqlStatements).toBeLessThanOrEqual(one.extensions!.sqlStatements! + SLACK);
      expect(fifty.extensions?.sqlStatements).toBeLessThanOrEqual(15);
    });

    it("do not grow with the number of companies compared", async () => {
      const query = `query ($slugs: [String!]!) { compare(slugs: $slugs) { companies { models { model { slug aliases { name } } } keyPeople { person { name } citations { quote } } recentEvents { citations { quote } } } } }`;
      const one = await api.gql(query, { slugs: ["meta"] });
      const four = await api.gql(query, { slugs: ["meta", "openai", "google", "mistral"] });
      expect(four.errors).toBeUndefined();
      expect(four.extensions?.sqlStatements).toBeLessThanOrEqual(one.extensions!.sqlStatements! + SLACK);
    });
  });
});
