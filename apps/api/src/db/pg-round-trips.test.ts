import { EventEmitter } from "node:events";
import type { Pool } from "pg";
import { roundTripBatcher } from "./pg-round-trips";
import { budgetOf } from "./request-budget";
import { sql } from "./sql-reader";

/**
 * The batcher's handling of a checked-out connection, without a server: a connection the server
 * ends just after answering (its error arrives in the same packet as the answer) must neither crash
 * the process nor go back to the pool, and the statements keep the answer they got.
 */
describe("round trips: a connection lost right after its answer", () => {
  it("keeps the answers, hands the connection back as broken, and runs nothing again", async () => {
    const released: unknown[] = [];
    const client = Object.assign(new EventEmitter(), {
      query: () =>
        new Promise((resolve) =>
          setImmediate(() => {
            resolve([{ rows: [], command: "PREPARE" }, { rows: [{ n: 1 }] }, { rows: [{ n: 2 }] }]);
            // Same turn, before the batcher's await resumes: pg emits it on the client.
            client.emit("error", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }));
          }),
        ),
      release: (error?: unknown) => released.push(error),
    });
    const pool = { connect: async () => client } as unknown as Pool;
    let alone = 0;
    const batcher = roundTripBatcher({
      pool,
      types: { getTypeParser: () => (value: string) => value },
      single: async () => {
        alone += 1;
        return [];
      },
    });
    const budget = budgetOf(10_000);
    const statement = sql("numbers", "SELECT $1::int AS n");
    const answers = await Promise.all([batcher.query(statement, [1], budget), batcher.query(statement, [2], budget)]);
    expect(answers).toEqual([[{ n: 1 }], [{ n: 2 }]]);
    expect(alone).toBe(0);
    expect(released).toEqual([expect.objectContaining({ code: "57P01" })]);
    expect(client.listenerCount("error")).toBe(0);
  });
});
