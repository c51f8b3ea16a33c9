import { PGliteWorkerClient } from "./pglite-client";
import { QueryTimeoutError, type RequestBudget } from "./request-budget";

/** The embedded database's thread and queue: fairness between requests, deadlines, a free event loop. */
describe("PGlite in a worker thread", () => {
  let client: PGliteWorkerClient;
  beforeAll(async () => {
    client = await PGliteWorkerClient.start({ dir: "memory://" });
  });
  afterAll(() => client.close());

  const budget = (ms = 60_000): RequestBudget => ({ deadline: Date.now() + ms, ms });

  it("serves requests in turn: one statement of a light request waits for at most a couple of a heavy one's", async () => {
    const heavy = budget();
    const light = budget();
    const finished: string[] = [];
    const heavyWork = Array.from({ length: 40 }, (_, index) =>
      client.query("SELECT count(*) FROM generate_series(1, 20000)", [], { budget: heavy }).then(() => finished.push(`heavy ${index}`)),
    );
    const lightWork = client.query("SELECT 1", [], { budget: light }).then(() => finished.push("light"));
    await Promise.all([...heavyWork, lightWork]);
    expect(finished.indexOf("light")).toBeLessThanOrEqual(3);
  });

  it("keeps the event loop free while a long statement runs", async () => {
    const order: string[] = [];
    const long = client.query("SELECT count(*) FROM generate_series(1, 400000)").then(() => order.push("statement"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    order.push("timer");
    await long;
    expect(order).toEqual(["timer", "statement"]);
  });

  it("refuses a statement whose request is out of time, without running it", async () => {
    const spent: RequestBudget = { deadline: Date.now() - 1, ms: 50 };
    await expect(client.query("SELECT 1", [], { budget: spent })).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  it("applies the caller's parsers to the columns of their types", async () => {
    const { rows } = await client.query<{ n: number; d: Date; t: string }>("SELECT 42::int8 AS n, DATE '2025-03-01' AS d, 'x' AS t", [], {
      parsers: { 20: Number, 1082: (value: string) => new Date(`${value}T00:00:00Z`) },
    });
    expect(rows).toEqual([{ n: 42, d: new Date("2025-03-01T00:00:00Z"), t: "x" }]);
  });

  it("runs transactions alone, and rolls them back", async () => {
    await client.exec("CREATE TABLE counter (n int); INSERT INTO counter VALUES (0);");
    const factory = client.adapterFactory();
    const adapter = await factory.connect();
    const tx = await adapter.startTransaction();
    await tx.executeRaw({ sql: "UPDATE counter SET n = n + 1", args: [], argTypes: [] });
    const outside = client.query<{ n: number }>("SELECT n FROM counter"); // waits for the transaction
    await tx.rollback();
    expect((await outside).rows).toEqual([{ n: 0 }]);
  });
});
