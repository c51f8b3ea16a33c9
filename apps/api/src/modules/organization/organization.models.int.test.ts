import fc from "fast-check";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { COMPANY_MODELS } from "./organization.limits";

interface ListedModel {
  slug: string;
  name: string;
  status: string;
  access: string;
  releasedOn: { start: string | null } | null;
}

/**
 * `Company.models(first:)` over any set of models and any `first`: a limit out of bounds is the
 * client's error; otherwise at most `first` models by name, and no model left out says more than
 * one kept (a newer release, or a reported status or access where the kept one has no release).
 */
describe("a company's models, bounded", () => {
  let api: TestApi;
  let companyId: number;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    const company = await api.db.prisma.entity.create({
      data: { slug: "many-models", kind: "ORGANIZATION", name: "Many Models", normalizedName: "many models", synthetic: true, organization: { create: { kind: "COMPANY" } } },
    });
    companyId = company.id;
  });
  afterAll(() => api.close());

  const model = fc.record({
    released: fc.option(fc.integer({ min: 0, max: 3000 }).map((offset) => new Date(Date.UTC(2018, 0, 1) + offset * 86_400_000))),
    status: fc.constantFrom("UNKNOWN", "UNKNOWN", "ANNOUNCED", "RUMORED"),
    access: fc.constantFrom("UNKNOWN", "UNKNOWN", "CLOSED"),
  });
  const first = fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 12 }), fc.integer({ min: COMPANY_MODELS.max - 1, max: COMPANY_MODELS.max + 1 }));

  /** How much the sources say of a model, as the rule ranks it: release day, then reported status or access. */
  const standing = (m: ListedModel): [number, number] => [
    m.releasedOn?.start ? Date.parse(m.releasedOn.start) : -Infinity,
    m.status !== "UNKNOWN" || m.access !== "UNKNOWN" ? 1 : 0,
  ];
  const saysMore = (a: ListedModel, b: ListedModel) => {
    const [ra, pa] = standing(a);
    const [rb, pb] = standing(b);
    return ra > rb || (ra === rb && pa > pb);
  };

  it("keeps the models the sources say most about and says how many there are", async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(model, { maxLength: 40 }), first, async (generated, limit) => {
        batch++;
        await api.db.prisma.entity.deleteMany({ where: { model: { ownerId: companyId } } });
        for (const [index, m] of generated.entries()) {
          await api.db.prisma.entity.create({
            data: {
              slug: `model-${batch}-${index}`,
              kind: "MODEL",
              name: `Model ${String(index).padStart(2, "0")}`,
              normalizedName: `model ${index}`,
              synthetic: true,
              model: {
                create: {
                  kind: "MODEL",
                  modality: "TEXT",
                  status: m.released ? "RELEASED" : m.status,
                  access: m.access,
                  ownerId: companyId,
                  releasedStart: m.released,
                  releasedEnd: m.released,
                  releasedPrecision: m.released ? "DAY" : null,
                },
              },
            },
          });
        }
        const fields = "slug name status access releasedOn { start }";
        const response = await api.gql(
          `query($first: Int) { company(slug: "many-models") { modelCount all: models(first: ${COMPANY_MODELS.max}) { ${fields} } kept: models(first: $first) { ${fields} } } }`,
          { first: limit },
        );
        if (limit != null && (limit < 1 || limit > COMPANY_MODELS.max)) {
          expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
          return;
        }
        expect(response.errors).toBeUndefined();
        const { modelCount, all, kept } = response.data!.company as { modelCount: number; all: ListedModel[]; kept: ListedModel[] };
        expect(modelCount).toBe(generated.length);
        expect(all).toHaveLength(generated.length);
        expect(kept).toHaveLength(Math.min(limit ?? COMPANY_MODELS.default, generated.length));
        expect(kept.map((m) => m.name)).toEqual([...kept.map((m) => m.name)].sort());
        const keptSlugs = new Set(kept.map((m) => m.slug));
        const left = all.filter((m) => !keptSlugs.has(m.slug));
        for (const missing of left) for (const shown of kept) expect(saysMore(missing, shown)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
