import { type DocumentNode, type FieldNode, GraphQLIncludeDirective, getDirectiveValues, Kind } from "graphql";
import type { QueryOutcome } from "../lib/api";
import sitemap from "./sitemap";

jest.mock("../lib/site", () => ({ siteOrigin: async () => new URL("https://orchard.example") }));
jest.mock("../lib/api", () => ({ runQuery: jest.fn() }));

/** The fake API's lists, page by page (a cursor is the next page's index); a null page is an API failure. */
const fixedPages: Record<string, Array<string[] | null>> = {
  companies: [["meta", "openai"], ["xai"]],
  labs: [["msl"], null, ["never-read"]],
  models: [["avocado"]],
  people: [[], ["alexandr-wang", "nat-friedman"]],
};
let pages = fixedPages;

/** Answers every root field the document includes with the page its `after` points at. */
async function fakeRunQuery(document: DocumentNode, variables: Record<string, unknown>): Promise<QueryOutcome<Record<string, unknown>>> {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error("The sitemap sent a document without an operation.");
  const index = typeof variables.after === "string" ? Number(variables.after) : 0;
  const data: Record<string, unknown> = {};
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) throw new Error("The fake answers plain root fields only.");
    const field: FieldNode = selection;
    if (field.name.value === "__typename" || getDirectiveValues(GraphQLIncludeDirective, field, variables)?.if === false) continue;
    const slugs = pages[field.name.value][index];
    if (slugs === null) return { ok: false, message: "down", code: "NETWORK", extensions: {} };
    const hasNextPage = index + 1 < pages[field.name.value].length;
    data[field.alias?.value ?? field.name.value] = {
      pageInfo: { hasNextPage, endCursor: String(index + 1) },
      edges: slugs.map((slug) => ({ node: { slug } })),
    };
  }
  return { ok: true, data };
}

describe("sitemap", () => {
  beforeEach(() => {
    const { runQuery } = jest.requireMock<{ runQuery: jest.Mock }>("../lib/api");
    runQuery.mockImplementation(fakeRunQuery);
    pages = fixedPages;
  });

  it("lists the browse pages and every slug of each list, each list read until its last page or its first failure", async () => {
    const entries = await sitemap();
    expect(entries).toEqual([
      { url: "https://orchard.example/", changeFrequency: "daily" },
      { url: "https://orchard.example/compare", changeFrequency: "daily" },
      { url: "https://orchard.example/companies", changeFrequency: "daily" },
      { url: "https://orchard.example/labs", changeFrequency: "daily" },
      { url: "https://orchard.example/models", changeFrequency: "daily" },
      { url: "https://orchard.example/people", changeFrequency: "daily" },
      { url: "https://orchard.example/events", changeFrequency: "daily" },
      { url: "https://orchard.example/sources", changeFrequency: "daily" },
      { url: "https://orchard.example/companies/meta" },
      { url: "https://orchard.example/companies/openai" },
      { url: "https://orchard.example/companies/xai" },
      { url: "https://orchard.example/labs/msl" },
      { url: "https://orchard.example/models/avocado" },
      { url: "https://orchard.example/people/alexandr-wang" },
      { url: "https://orchard.example/people/nat-friedman" },
    ]);
  });

  it("stops a list after 50 pages", async () => {
    pages = { ...fixedPages, people: Array.from({ length: 60 }, (_, page) => [`p${page}`]) };
    const people = (await sitemap()).filter((entry) => entry.url.includes("/people/"));
    expect(people).toHaveLength(50);
    expect(people.at(-1)).toEqual({ url: "https://orchard.example/people/p49" });
  });
});
