import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { CompanyChoicesDocument } from "../src/gql/graphql";
import { trustedDocumentHash, trustedDocumentLink } from "./trustedDocuments";

const manifest = JSON.parse(readFileSync(path.join(__dirname, "..", "src", "gql", "persisted-documents.json"), "utf8")) as Record<string, string>;
const DATA = {
  __typename: "Query",
  companies: { __typename: "CompanyConnection", edges: [{ __typename: "CompanyEdge", node: { __typename: "Company", slug: "meta", name: "Meta" } }] },
};

/** A client whose HTTP requests are recorded and answered in turn by `answers`. */
function clientAnswering(answers: object[]) {
  const sent: { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(JSON.parse(init?.body as string));
    return new Response(JSON.stringify(answers[sent.length - 1]), { headers: { "content-type": "application/json" } });
  };
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: trustedDocumentLink().concat(new HttpLink({ uri: "http://api.test/graphql", fetch })),
    defaultOptions: { query: { fetchPolicy: "no-cache" } },
  });
  return { client, sent };
}

describe("trusted documents", () => {
  it("lists every typed document's hash in the manifest, as the SHA-256 of the document the API will run", () => {
    const hash = trustedDocumentHash(CompanyChoicesDocument);
    expect(manifest[hash]).toMatch(/^query CompanyChoices\b/);
    expect(Object.keys(manifest).every((key) => /^[0-9a-f]{64}$/.test(key))).toBe(true);
  });

  it("sends only the hash when the API knows it", async () => {
    const { client, sent } = clientAnswering([{ data: DATA }]);
    const result = await client.query({ query: CompanyChoicesDocument });
    expect(result.data).toEqual(DATA);
    expect(sent).toHaveLength(1);
    expect(sent[0].query).toBeUndefined();
    expect(sent[0].extensions?.persistedQuery?.sha256Hash).toBe(trustedDocumentHash(CompanyChoicesDocument));
  });

  it("falls back to the full query when the API does not know the hash", async () => {
    const notFound = { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] };
    const { client, sent } = clientAnswering([notFound, { data: DATA }, { data: DATA }]);
    expect((await client.query({ query: CompanyChoicesDocument })).data).toEqual(DATA);
    expect(sent[1].query).toMatch(/query CompanyChoices/);
    expect(sent[1].extensions?.persistedQuery).toBeUndefined();
    // …and keeps doing so: no more round trips for hashes the API cannot know.
    await client.query({ query: CompanyChoicesDocument });
    expect(sent).toHaveLength(3);
    expect(sent[2].query).toMatch(/query CompanyChoices/);
  });

  it("refuses a document that did not come from codegen", () => {
    expect(() => trustedDocumentHash({ kind: "Document" as never, definitions: [] })).toThrow(/codegen hash/);
  });
});
