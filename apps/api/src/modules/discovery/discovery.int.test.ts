import { startTestApi, type TestApi } from "../../test-support/harness";
import { createApiKey } from "../auth/auth.service";

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`;
const CANDIDATES = `query($status: CandidateStatus, $type: DiscoveredEntityType, $first: Int, $after: String) {
  entityCandidates(status: $status, type: $type, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id key type status count documentCount reviewNote
      forms { form language count } quoteCount quotes(first: 10) { quote offset source { id title text } } entity { slug } } }
  } }`;
const CANDIDATE_FIELDS = `id key status count documentCount reviewNote reviewedAt entity { slug name aliases { name language kind } }`;
const ACCEPT = `mutation($id: ID!, $name: String, $kind: DiscoveredEntityType) { acceptEntityCandidate(id: $id, name: $name, kind: $kind) { ${CANDIDATE_FIELDS} } }`;
const MERGE = `mutation($id: ID!, $entityId: ID!) { mergeEntityCandidate(id: $id, entityId: $entityId) { ${CANDIDATE_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $note: String) { rejectEntityCandidate(id: $id, note: $note) { ${CANDIDATE_FIELDS} } }`;
const MENTIONS_OF = `query($slug: String!) { person(slug: $slug) { id mentions(first: 50) { totalCount edges { node { surface source { title } } } } } }`;

/** Fictional articles (no outlet's text) naming people and companies the knowledge base does not know. */
const article = (title: string, publishedAt: string, language: string | null, ...lines: string[]) => ({
  title,
  publishedAt,
  language,
  text: [title, "", ...lines].join("\n"),
});
const ENGLISH = article(
  "Meta hires Veltrano's chief scientist",
  "2025-11-03",
  "en",
  "Meta has hired Oriana Keswick, the former chief scientist of Veltrano Systems, to lead a new research group.",
  "The group will focus on reasoning models, Meta said on Monday.",
);
const ITALIAN = article(
  "Meta assume la scienziata di Veltrano",
  "2025-11-05",
  "it",
  "Meta ha assunto Oriana Keswick, ex direttrice scientifica di Veltrano Systems, per guidare un nuovo gruppo di ricerca.",
  "Secondo l'azienda il gruppo lavorerà sui modelli di ragionamento.",
);
const KOREAN = article("메타, 새 연구 그룹 출범", "2025-11-07", "ko", "메타는 벨트라노 시스템즈의 수석 과학자였던 오리아나 케스윅을 영입했다.", "새 그룹은 추론 모델을 연구한다.");
const BRISOLVE = [
  article(
    "Brisolve Robotics raises money",
    "2025-11-11",
    "en",
    "Brisolve Robotics said on Tuesday that it had raised new funding from investors close to Meta.",
    "It did not say how much.",
  ),
  article(
    "Warehouse robots draw investors",
    "2025-11-12",
    "en",
    "Investors keep backing warehouse automation: this week Brisolve Robotics opened a second plant near Lyon, and Meta signed a supply deal.",
  ),
];

/** Entity discovery through the API: stored by ingestion, reviewed by analysts, re-linking earlier sources. */
describe("entity candidates", () => {
  let api: TestApi;
  const keys = { ingest: "", analyst: "", reader: "" };

  beforeAll(async () => {
    // The response cache on: a review must show in the very next read, cached or not.
    api = await startTestApi({ config: { RESPONSE_CACHE_MB: 16 } });
    keys.ingest = (await createApiKey({ prisma: api.db.prisma, name: "partner", role: "INGEST" })).key;
    keys.analyst = (await createApiKey({ prisma: api.db.prisma, name: "analyst", role: "ANALYST" })).key;
    keys.reader = (await createApiKey({ prisma: api.db.prisma, name: "notebook", role: "READER" })).key;
  });
  afterAll(() => api.close());

  async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<T> {
    const response = await api.gql<T>(query, variables, key);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  }
  const ingest = async (input: Record<string, unknown>) => expect((await ok(INGEST, { input }, keys.ingest)).ingestDocument.status).toBe("CREATED");
  async function candidate(key: string, status = "PENDING") {
    const { entityCandidates } = await ok(CANDIDATES, { status, first: 100 }, keys.analyst);
    return entityCandidates.edges.map((edge: any) => edge.node).find((node: any) => node.key === key);
  }
  const code = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

  it("stores one candidate per name across documents: its count, forms per language and quotes", async () => {
    await ingest(ENGLISH);
    await ingest(ITALIAN);
    const keswick = await candidate("orianakeswick");
    expect(keswick).toMatchObject({ type: "PERSON", status: "PENDING", count: 2, documentCount: 2, quoteCount: 2, entity: null });
    expect(keswick.forms).toEqual(
      expect.arrayContaining([
        { form: "Oriana Keswick", language: "en", count: 1 },
        { form: "Oriana Keswick", language: "it", count: 1 },
      ]),
    );
    expect(keswick.quotes.map((q: any) => q.source.title).sort()).toEqual([ENGLISH.title, ITALIAN.title].sort());
    for (const quote of keswick.quotes) {
      expect(quote.quote).toContain("Oriana Keswick");
      expect(quote.source.text.slice(quote.offset, quote.offset + quote.quote.length)).toBe(quote.quote);
    }
    const veltrano = await candidate("veltranosystems");
    expect(veltrano).toMatchObject({ type: "ORGANIZATION", count: 2, documentCount: 2 });

    // Filters and pages: most seen first, a cursor carries on where the page ended.
    const people = await ok(CANDIDATES, { type: "PERSON", first: 100 }, keys.analyst);
    expect(people.entityCandidates.edges.every((edge: any) => edge.node.type === "PERSON")).toBe(true);
    const first = await ok(CANDIDATES, { first: 1 }, keys.analyst);
    const next = await ok(CANDIDATES, { first: 1, after: first.entityCandidates.pageInfo.endCursor }, keys.analyst);
    expect(first.entityCandidates.pageInfo.hasNextPage).toBe(true);
    expect(next.entityCandidates.edges[0].node.id).not.toBe(first.entityCandidates.edges[0].node.id);
    expect(first.entityCandidates.edges[0].node.documentCount).toBeGreaterThanOrEqual(next.entityCandidates.edges[0].node.documentCount);
  });

  it("accepts a candidate as a new entity with aliases in each language, re-linking the earlier sources for its page and search", async () => {
    // Ingested while the name is unknown, the Korean form becomes a candidate of its own (merged below); once
    // Oriana Keswick is an entity, ingestion would link it by sound instead.
    await ingest(KOREAN);
    expect((await ok(MENTIONS_OF, { slug: "oriana-keswick" })).person).toBeNull();
    expect((await ok(`{ search(query: "Oriana Keswick") { entity { slug } } }`)).search.map((hit: any) => hit.entity.slug)).not.toContain("oriana-keswick");
    const keswick = await candidate("orianakeswick");
    const { acceptEntityCandidate: accepted } = await ok(ACCEPT, { id: keswick.id }, keys.analyst);
    expect(accepted).toMatchObject({ status: "ACCEPTED", entity: { slug: "oriana-keswick", name: "Oriana Keswick" } });
    expect(accepted.reviewedAt).not.toBeNull();
    expect(accepted.entity.aliases).toEqual(
      expect.arrayContaining([
        { name: "Oriana Keswick", language: "en", kind: "OFFICIAL" },
        { name: "Oriana Keswick", language: "it", kind: "OFFICIAL" },
      ]),
    );
    const { person } = await ok(MENTIONS_OF, { slug: "oriana-keswick" });
    expect(person.mentions.edges.map((edge: any) => edge.node.source.title).sort()).toEqual([ENGLISH.title, ITALIAN.title].sort());
    expect(person.mentions.edges.every((edge: any) => edge.node.surface === "Oriana Keswick")).toBe(true);
    const { search } = await ok(`{ search(query: "Oriana Keswick") { entity { slug } } }`);
    expect(search[0].entity.slug).toBe("oriana-keswick");

    // Ingestion's linking index follows at once: a later article links the name instead of proposing it.
    await ingest(article("Keswick starts at Meta", "2025-11-10", "en", "Meta said Oriana Keswick started work this week."));
    const linked = (await ok(MENTIONS_OF, { slug: "oriana-keswick" })).person.mentions.edges.map((edge: any) => edge.node.source.title);
    expect(new Set(linked)).toEqual(new Set([ENGLISH.title, ITALIAN.title, "Keswick starts at Meta"]));
    expect((await candidate("orianakeswick", "ACCEPTED")).count).toBe(2);
  });

  it("merges a candidate into a known entity: its form becomes an alias and its source is re-linked", async () => {
    const korean = await candidate("오리아나케스윅");
    expect(korean).toMatchObject({ type: "PERSON", forms: [{ form: "오리아나 케스윅", language: "ko", count: 1 }] });
    const { person } = await ok(MENTIONS_OF, { slug: "oriana-keswick" });
    const { mergeEntityCandidate: merged } = await ok(MERGE, { id: korean.id, entityId: person.id }, keys.analyst);
    expect(merged).toMatchObject({ status: "MERGED", entity: { slug: "oriana-keswick" } });
    expect(merged.entity.aliases).toContainEqual({ name: "오리아나 케스윅", language: "ko", kind: "TRANSLITERATION" });
    const after = await ok(MENTIONS_OF, { slug: "oriana-keswick" });
    expect(after.person.mentions.edges.map((edge: any) => edge.node.surface)).toContain("오리아나 케스윅");
    expect((await ok(`{ search(query: "오리아나 케스윅") { entity { slug } } }`)).search[0].entity.slug).toBe("oriana-keswick");
  });

  it("keeps a rejected candidate rejected when later documents name it, while its count and quotes grow", async () => {
    await ingest(BRISOLVE[0]);
    const brisolve = await candidate("brisolverobotics");
    const { rejectEntityCandidate: rejected } = await ok(REJECT, { id: brisolve.id, note: "  A test company.  " }, keys.analyst);
    expect(rejected).toMatchObject({ status: "REJECTED", reviewNote: "A test company.", entity: null });
    await ingest(BRISOLVE[1]);
    expect(await candidate("brisolverobotics")).toBeUndefined();
    const later = await candidate("brisolverobotics", "REJECTED");
    expect(later).toMatchObject({ status: "REJECTED", documentCount: 2, count: brisolve.count + 1, quoteCount: brisolve.quoteCount + 1 });
    expect(later.quotes.map((q: any) => q.source.title)).toContain(BRISOLVE[1].title);
  });

  it("answers a second review of the same candidate with CONFLICT, an unknown one with NOT_FOUND, a bad ID or name with BAD_USER_INPUT", async () => {
    const keswick = await candidate("orianakeswick", "ACCEPTED");
    const brisolve = await candidate("brisolverobotics", "REJECTED");
    const { person } = await ok(MENTIONS_OF, { slug: "oriana-keswick" });
    expect(code(await api.gql(ACCEPT, { id: keswick.id }, keys.analyst))).toBe("CONFLICT");
    expect(code(await api.gql(REJECT, { id: keswick.id }, keys.analyst))).toBe("CONFLICT");
    expect(code(await api.gql(MERGE, { id: brisolve.id, entityId: person.id }, keys.analyst))).toBe("CONFLICT");
    const missing = Buffer.from("EntityCandidate:999999").toString("base64url");
    expect(code(await api.gql(ACCEPT, { id: missing }, keys.analyst))).toBe("NOT_FOUND");
    expect(code(await api.gql(ACCEPT, { id: person.id }, keys.analyst))).toBe("BAD_USER_INPUT");

    const veltrano = await candidate("veltranosystems");
    const nowhere = Buffer.from("Company:999999").toString("base64url");
    expect(code(await api.gql(MERGE, { id: veltrano.id, entityId: nowhere }, keys.analyst))).toBe("NOT_FOUND");
    expect(code(await api.gql(ACCEPT, { id: veltrano.id, name: "Meta" }, keys.analyst))).toBe("CONFLICT");
    expect(code(await api.gql(ACCEPT, { id: veltrano.id, name: "维特拉诺" }, keys.analyst))).toBe("BAD_USER_INPUT");
    expect(code(await api.gql(ACCEPT, { id: veltrano.id, name: "   " }, keys.analyst))).toBe("BAD_USER_INPUT");
    // Every refusal above rolled back: the candidate is still pending and no entity was made.
    expect(await candidate("veltranosystems")).toMatchObject({ status: "PENDING", entity: null });
    expect(await api.db.prisma.entity.count({ where: { slug: { startsWith: "veltrano" } } })).toBe(0);

    // Two analysts at once: one accepts, the other is told it was already reviewed.
    const racing = await Promise.all([api.gql(ACCEPT, { id: veltrano.id }, keys.analyst), api.gql(ACCEPT, { id: veltrano.id }, keys.analyst)]);
    expect(racing.map(code).sort()).toEqual(["CONFLICT", undefined]);
    expect(await api.db.prisma.entity.count({ where: { slug: "veltrano-systems" } })).toBe(1);
  });

  it("lets only analysts read and review candidates (READER and INGEST: FORBIDDEN)", async () => {
    const id = Buffer.from("EntityCandidate:1").toString("base64url");
    const { person } = await ok(MENTIONS_OF, { slug: "oriana-keswick" });
    // The response cache is on: an analyst's answer must not be served to anyone else.
    const eventCandidates = `{ eventCandidates { totalCount } }`;
    await ok(CANDIDATES, {}, keys.analyst);
    await ok(eventCandidates, {}, keys.analyst);
    for (const key of [keys.reader, keys.ingest]) {
      expect(code(await api.gql(eventCandidates, {}, key))).toBe("FORBIDDEN");
      expect(code(await api.gql(CANDIDATES, {}, key))).toBe("FORBIDDEN");
      expect(code(await api.gql(ACCEPT, { id }, key))).toBe("FORBIDDEN");
      expect(code(await api.gql(MERGE, { id, entityId: person.id }, key))).toBe("FORBIDDEN");
      expect(code(await api.gql(REJECT, { id }, key))).toBe("FORBIDDEN");
    }
    expect(code(await api.gql(CANDIDATES, {}))).toBe("UNAUTHENTICATED");
    expect(code(await api.gql(eventCandidates, {}))).toBe("UNAUTHENTICATED");
  });

  it("leaves no candidate, count or quote behind when an ingest fails", async () => {
    const before = await api.db.prisma.entityCandidate.findMany({ orderBy: { id: "asc" }, include: { forms: true, quotes: true } });
    // The document's last write fails, after its candidates and their forms were written in its transaction.
    await api.db.execScript(`CREATE FUNCTION fail_zorvath() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.quote LIKE '%Zorvath%' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_zorvath BEFORE INSERT ON "EntityCandidateQuote" FOR EACH ROW EXECUTE FUNCTION fail_zorvath();`);
    try {
      const failed = await api.gql(
        INGEST,
        { input: article("Zorvath Dynamics and Brisolve", "2025-11-13", "en", "Zorvath Dynamics said Brisolve Robotics would supply its arms, according to Meta.") },
        keys.ingest,
      );
      expect(failed.errors).toBeDefined();
    } finally {
      await api.db.execScript(`DROP TRIGGER fail_zorvath ON "EntityCandidateQuote"; DROP FUNCTION fail_zorvath();`);
    }
    expect(await api.db.prisma.entityCandidate.findMany({ orderBy: { id: "asc" }, include: { forms: true, quotes: true } })).toEqual(before);
    expect(await api.db.prisma.source.count({ where: { text: { contains: "Zorvath" } } })).toBe(0);
  });
});
