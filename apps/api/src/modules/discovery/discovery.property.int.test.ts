import fc from "fast-check";
import type { DiscoveryProposal } from "@orchard/pipeline";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { createApiKey } from "../auth/auth.service";
import { storeBatchProposals } from "./discovery.store";

const FIELDS = `status entity { slug aliases { name language } }`;
const ACCEPT = `mutation($id: ID!, $name: String, $kind: DiscoveredEntityType) { acceptEntityCandidate(id: $id, name: $name, kind: $kind) { ${FIELDS} } }`;
const MERGE = `mutation($id: ID!, $entityId: ID!) { mergeEntityCandidate(id: $id, entityId: $entityId) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $note: String) { rejectEntityCandidate(id: $id, note: $note) { ${FIELDS} } }`;
const REFUSALS = new Set(["BAD_USER_INPUT", "NOT_FOUND", "CONFLICT"]);

const globalId = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString("base64url");

/** Names as discovery finds them, and anything else a string can hold (NUL aside: ingestion refuses text with it). */
const name = fc.oneof(
  fc.constantFrom("Oriana Keswick", "Veltrano Systems", "DeepSeek-V3.2", "오리아나 케스윅", "ベルトラーノ", "维特拉诺", "Meta", "100% AI_Labs\\x", "Ёлка Labs"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }).filter((s) => !s.includes("\u0000") && s.trim().length > 0),
);
const form = fc.record({ surface: name, language: fc.constantFrom("en", "it", "ko", "ja", "zh-Hans", "und") });
const type = fc.constantFrom("PERSON", "ORGANIZATION", "MODEL", "PRODUCT");
/** The candidate under review, or an ID that names no candidate (another type, a huge row, not an ID at all). */
const target = fc.oneof(
  { weight: 6, arbitrary: fc.constant("candidate") },
  { weight: 1, arbitrary: fc.constantFrom(globalId("EntityCandidate", 2147483647), globalId("EntityCandidate", 99999999999), globalId("Person", 1), "", "not-an-id") },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const review = fc.oneof(
  fc.record({
    action: fc.constant("accept" as const),
    name: fc.option(fc.oneof(name, fc.string({ maxLength: 300 })), { nil: null }),
    kind: fc.option(fc.constantFrom("PERSON", "ORGANIZATION", "MODEL", "PRODUCT", "FACILITY", "person", "nonsense"), { nil: null }),
  }),
  fc.record({
    action: fc.constant("merge" as const),
    entity: fc.oneof(fc.constantFrom("meta", "alexandr-wang", "avocado"), fc.constantFrom(globalId("Company", 999999), globalId("Event", 1), "", "x")),
  }),
  fc.record({ action: fc.constant("reject" as const), note: fc.option(fc.string({ maxLength: 2100 }), { nil: null }) }),
);

/** Any review with any arguments either applies whole or answers a coded refusal and writes nothing. */
describe("entity candidate review, for arbitrary input", () => {
  let api: TestApi;
  let analyst = "";
  let sourceId = 0;
  const entityIds = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi();
    analyst = (await createApiKey({ prisma: api.db.prisma, name: "analyst", role: "ANALYST" })).key;
    sourceId = (await api.db.prisma.source.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
    const { data } = await api.gql(`{ company(slug: "meta") { id } person(slug: "alexandr-wang") { id } model(slug: "avocado") { id } }`);
    entityIds.set("meta", data!.company.id).set("alexandr-wang", data!.person.id).set("avocado", data!.model.id);
  });
  afterAll(() => api.close());

  const state = async () => ({
    entities: await api.db.prisma.entity.count(),
    aliases: await api.db.prisma.alias.count(),
    mentions: await api.db.prisma.mention.count(),
    reviewed: await api.db.prisma.entityCandidate.count({ where: { status: { not: "PENDING" } } }),
  });

  let run = 0;
  it("never half-writes and never answers without a public code", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(form, { minLength: 1, maxLength: 3, selector: (f) => `${f.language}\u0000${f.surface}` }),
        type,
        target,
        review,
        async (forms, guess, aim, action) => {
          run += 1;
          const proposals: DiscoveryProposal[] = forms.map((f, index) => ({
            key: `property${run}`,
            type: guess,
            surface: f.surface,
            language: f.language,
            start: index,
            end: index + f.surface.length,
            quote: { start: index, end: index + f.surface.length, text: f.surface },
          }));
          await api.db.prisma.$transaction((tx) => storeBatchProposals(tx, [{ sourceId, proposals }]));
          const candidate = await api.db.prisma.entityCandidate.findUniqueOrThrow({ where: { key: `property${run}` } });
          const id = aim === "candidate" ? globalId("EntityCandidate", candidate.id) : aim;
          const before = await state();
          const response =
            action.action === "accept"
              ? await api.gql(ACCEPT, { id, name: action.name, kind: action.kind }, analyst)
              : action.action === "merge"
                ? await api.gql(MERGE, { id, entityId: entityIds.get(action.entity) ?? action.entity }, analyst)
                : await api.gql(REJECT, { id, note: action.note }, analyst);
          const after = await state();
          const row = await api.db.prisma.entityCandidate.findUniqueOrThrow({ where: { id: candidate.id } });
          if (response.errors) {
            for (const error of response.errors) expect(REFUSALS).toContain(error.extensions?.code);
            expect(after).toEqual(before);
            expect(row).toEqual(candidate);
            return;
          }
          const result = Object.values(response.data!)[0] as { status: string; entity: { slug: string; aliases: { name: string; language: string }[] } | null };
          expect(row.status).toBe(result.status);
          expect(after.reviewed).toBe(before.reviewed + 1);
          if (action.action === "reject") {
            expect(result).toEqual({ status: "REJECTED", entity: null });
            expect(after).toEqual({ ...before, reviewed: before.reviewed + 1 });
            return;
          }
          expect(after.entities).toBe(before.entities + (action.action === "accept" ? 1 : 0));
          for (const f of forms) expect(result.entity!.aliases).toContainEqual({ name: f.surface, language: f.language });
        },
      ),
      { numRuns: 60 },
    );
  });
});
