import { percentile } from "./measure";
import { parseSlowLog, withLiterals } from "./slow-statements";

const LOG = [
  '2026-12-02 15:40:01.123 UTC [101] orchard LOG:  duration: 250.500 ms  execute events_page_abc: SELECT * FROM "Event" ev WHERE ev.id = ANY($1::int[]) LIMIT $2::int',
  "2026-12-02 15:40:01.123 UTC [101] orchard DETAIL:  parameters: $1 = '{1,2}', $2 = '21'",
  "2026-12-02 15:40:02.000 UTC [102] orchard_seed_only LOG:  duration: 120.000 ms  execute <unnamed>: SELECT x FROM t",
  "\tWHERE a = $1 AND b = $10",
  "2026-12-02 15:40:02.000 UTC [102] orchard_seed_only DETAIL:  parameters: $1 = 'it''s', $10 = NULL",
  '2026-12-02 15:40:03.000 UTC [101] orchard LOG:  duration: 300.000 ms  execute events_page_abc: SELECT * FROM "Event" ev WHERE ev.id = ANY($1::int[]) LIMIT $2::int',
  "2026-12-02 15:40:03.000 UTC [101] orchard DETAIL:  parameters: $1 = '{3}', $2 = '51'",
  "2026-12-02 15:40:04.000 UTC [103] orchard LOG:  checkpoint starting: time",
].join("\n");

describe("slow statements from the server log", () => {
  const statements = parseSlowLog(LOG);

  it("groups runs of one statement per database, keeping the parameters of the slowest", () => {
    expect(statements).toHaveLength(2);
    const [events, other] = statements;
    expect(events).toMatchObject({ database: "orchard", count: 2, totalMs: 550.5, maxMs: 300 });
    expect(withLiterals(events.text, events.parameters)).toBe(`SELECT * FROM "Event" ev WHERE ev.id = ANY('{3}'::int[]) LIMIT '51'::int`);
    expect(other.database).toBe("orchard_seed_only");
    // A statement over several lines, and $10 is not $1 followed by 0.
    expect(withLiterals(other.text, other.parameters)).toBe("SELECT x FROM t WHERE a = 'it''s' AND b = NULL");
  });
});

describe("percentiles", () => {
  it("takes the nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
