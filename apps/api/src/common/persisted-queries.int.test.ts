import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createLogger } from "../logger";
import { startTestApi, type TestApi } from "../test-support/harness";
import { loadTrustedDocuments, sha256 } from "./persisted-queries";

const TRUSTED = "query Trusted { viewer { role } }";

/** Automatic persisted queries (any client) and trusted documents (the web client's manifest). */
describe("persisted queries", () => {
  let api: TestApi;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "orchard-pq-"));
    const manifestPath = path.join(dir, "persisted-documents.json");
    writeFileSync(manifestPath, JSON.stringify({ [sha256(TRUSTED)]: TRUSTED, ["0".repeat(64)]: "{ viewer { keyName } }" }));
    api = await startTestApi({ seed: false, config: { TRUSTED_DOCUMENTS_MANIFEST: manifestPath } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function post(body: Record<string, unknown>) {
    const response = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json;q=0.9" },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }) };
  }
  const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

  it("registers a query the APQ way: hash alone is unknown, hash + query registers it, then the hash alone runs it", async () => {
    const query = "query CountCompanies { companies(first: 1) { totalCount } }";
    const hash = sha256(query);
    const unknown = await post({ extensions: persisted(hash) });
    expect(unknown.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(unknown.data).toBeUndefined();

    const registered = await post({ query, extensions: persisted(hash) });
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ companies: { totalCount: 0 } });

    const byHash = await post({ extensions: persisted(hash), variables: {} });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual(registered.data);
  });

  it("refuses a query sent with somebody else's hash", async () => {
    const response = await post({ query: "{ viewer { keyName } }", extensions: persisted(sha256(TRUSTED)) });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/is not the SHA-256 of the query/);
    expect(response.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
  });

  it("runs a trusted document from its hash alone, without registration", async () => {
    const response = await post({ extensions: persisted(sha256(TRUSTED)), operationName: "Trusted" });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ viewer: { role: null } });
  });

  it("skips manifest entries whose hash does not match their document", async () => {
    const response = await post({ extensions: persisted("0".repeat(64)) });
    expect(response.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

describe("loadTrustedDocuments", () => {
  function capture() {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { lines, logger: createLogger({ LOG_LEVEL: "info", NODE_ENV: "test" }, sink) };
  }

  it("turns the feature off, with a log line, when the manifest is missing", () => {
    const { lines, logger } = capture();
    expect(loadTrustedDocuments({ manifestPath: path.join(tmpdir(), "no-such-dir", "persisted-documents.json"), logger }).size).toBe(0);
    expect(lines.join("")).toMatch(/no trusted-documents manifest/);
  });

  it("names the file when the manifest is not JSON", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "orchard-pq-"));
    const manifestPath = path.join(dir, "persisted-documents.json");
    writeFileSync(manifestPath, "{ not json");
    try {
      expect(() => loadTrustedDocuments({ manifestPath, logger: capture().logger })).toThrow(manifestPath);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
