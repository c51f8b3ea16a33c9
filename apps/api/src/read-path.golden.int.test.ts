import fs from "node:fs";
import path from "node:path";
import { startTestApi, type TestApi } from "./test-support/harness";
import { READ_QUERIES } from "./test-support/read-queries";

/**
 * Answers of the read workload on the seed knowledge base, pinned field by field. A rewrite of the
 * read path must keep them; a deliberate correction updates the golden file in the same commit
 * (`UPDATE_GOLDEN=1 npx jest read-path.golden`), and the diff shows what changed.
 */
const goldenDir = path.join(__dirname, "__golden__");
const updating = process.env.UPDATE_GOLDEN === "1";

describe("read path answers equal the golden files", () => {
  let api: TestApi;
  beforeAll(async () => {
    // The cost limit is not under test here: the workload asks for deep pages on purpose.
    api = await startTestApi({ config: { MAX_QUERY_COST: 100_000_000 } });
  });
  afterAll(() => api.close());

  it.each(READ_QUERIES.map((entry) => [entry.name, entry] as const))("%s", async (name, entry) => {
    const response = await api.gql(entry.query, entry.variables);
    const answer = { data: response.data ?? null, errors: response.errors?.map((error) => ({ message: error.message, code: error.extensions?.code })) ?? null };
    const file = path.join(goldenDir, `${name}.json`);
    if (updating) {
      fs.mkdirSync(goldenDir, { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(answer, null, 1)}\n`);
    }
    expect(answer).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
  });
});
