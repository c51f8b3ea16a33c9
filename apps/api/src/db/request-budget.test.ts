import fc from "fast-check";
import { abandon, budgetOf, budgetedReader, QueryTimeoutError, RequestAbandonedError } from "./request-budget";
import { sql, type SqlReader } from "./sql-reader";

const STATEMENT = sql("budget_probe", "SELECT 1");

function spyReader(): SqlReader & { calls: number } {
  const spy = {
    calls: 0,
    async query<Row>() {
      spy.calls += 1;
      return [] as Row[];
    },
  };
  return spy;
}

describe("request budget", () => {
  it("sends statements while the budget lasts and none once the client has gone", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 5 }), fc.nat({ max: 5 }), async (before, after) => {
        const inner = spyReader();
        const budget = budgetOf(60_000);
        const reader = budgetedReader(inner, budget);
        for (let i = 0; i < before; i++) await reader.query(STATEMENT, []);
        abandon(budget);
        for (let i = 0; i < after; i++) await expect(reader.query(STATEMENT, [])).rejects.toBeInstanceOf(RequestAbandonedError);
        expect(inner.calls).toBe(before);
      }),
    );
  });

  it("refuses statements past the deadline with QUERY_TIMEOUT", async () => {
    const inner = spyReader();
    const budget = budgetOf(0);
    budget.deadline = Date.now() - 1;
    await expect(budgetedReader(inner, budget).query(STATEMENT, [])).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(inner.calls).toBe(0);
  });
});
