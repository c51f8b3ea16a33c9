import { startTestApi, type TestApi } from "../../test-support/harness";

const COMPANIES = ["meta", "google", "openai", "mistral"];

/**
 * `models(filter: {organization})` is the full list behind a company page's "N of M models": the
 * same models as `Company.models`, labs' models included, and the same count as `modelCount`.
 */
describe("models of an organization and everything below it", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each(COMPANIES)("lists exactly the company page's models for %s", async (slug) => {
    const response = await api.gql(
      `query($slug: String!) {
        company(slug: $slug) { modelCount models(first: 500) { slug } }
        models(filter: { organization: $slug }, first: 100) { totalCount edges { node { slug } } }
      }`,
      { slug },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as { company: { modelCount: number; models: { slug: string }[] }; models: { totalCount: number; edges: { node: { slug: string } }[] } };
    expect(data.company.modelCount).toBeGreaterThan(0);
    expect(data.models.totalCount).toBe(data.company.modelCount);
    expect(data.models.edges.map((e) => e.node.slug).sort()).toEqual(data.company.models.map((m) => m.slug).sort());
  });

  it("counts a model for the company that owns it and for the lab that develops it", async () => {
    const response = await api.gql(`{
      company: models(filter: { organization: "meta" }, first: 100) { edges { node { slug } } }
      lab: models(filter: { organization: "tbd-lab" }, first: 100) { edges { node { slug } } }
      labOwns: models(filter: { owner: "tbd-lab" }, first: 100) { edges { node { slug } } }
    }`);
    expect(response.errors).toBeUndefined();
    const slugs = (key: string) => (response.data![key] as { edges: { node: { slug: string } }[] }).edges.map((e) => e.node.slug);
    expect(slugs("company")).toContain("avocado");
    expect(slugs("lab")).toContain("avocado");
    expect(slugs("labOwns")).not.toContain("avocado");
  });

  it("lists nothing for an unknown organization", async () => {
    const response = await api.gql(`{ models(filter: { organization: "no-such-company" }) { totalCount edges { node { slug } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ models: { totalCount: 0, edges: [] } });
  });
});
