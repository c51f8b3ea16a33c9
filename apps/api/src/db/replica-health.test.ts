import { ReplicaHealth, probeReplicas } from "./replica-health";
import type { SqlReader } from "./sql-reader";

function clock(start = 1_000_000) {
  const time = { now: start };
  return { time, now: () => time.now };
}

function fixed(rows: unknown[]): SqlReader {
  return { query: async <Row>() => rows as Row[] };
}

describe("replica health", () => {
  it("reads from a replica only once it is measured, and not while it lags past the bound", () => {
    const health = new ReplicaHealth({ count: 1, maxLagMs: 5_000 });
    expect(health.usable(0)).toBe(false);
    expect(health.status()).toEqual([{ replica: 1, state: "starting", lagSeconds: null, lagBytes: null, statements: 0 }]);
    health.recordLag(0, { lagSeconds: 0, lagBytes: 0 });
    expect(health.usable(0)).toBe(true);
    health.recordLag(0, { lagSeconds: 6, lagBytes: 4096 });
    expect(health.usable(0)).toBe(false);
    expect(health.status()[0]).toMatchObject({ state: "lagging", lagSeconds: 6, lagBytes: 4096 });
  });

  it("skips a failed replica for a back-off that doubles with each failure in a row, and takes it back on one success", () => {
    const { time, now } = clock();
    const changes: string[] = [];
    const health = new ReplicaHealth({
      count: 2,
      maxLagMs: 5_000,
      backoffBaseMs: 1_000,
      backoffCapMs: 3_000,
      now,
      onChange: (status, previous) => changes.push(`${status.replica}:${previous}→${status.state}`),
    });
    health.recordLag(0, { lagSeconds: 0, lagBytes: 0 });
    health.recordLag(1, { lagSeconds: 0, lagBytes: 0 });
    health.markDown(0, "ECONNREFUSED");
    expect(health.usable(0)).toBe(false);
    expect(health.usable(1)).toBe(true);
    expect(health.status()[0]).toMatchObject({ state: "down", error: "ECONNREFUSED" });
    time.now += 1_000;
    expect(health.usable(0)).toBe(true); // half-open: the next statement tries it
    health.markDown(0, "ECONNREFUSED");
    time.now += 1_999;
    expect(health.usable(0)).toBe(false);
    time.now += 1;
    health.markDown(0, "ECONNREFUSED");
    time.now += 2_999; // capped at 3 s, not 4 s
    expect(health.usable(0)).toBe(false);
    time.now += 1;
    health.served(0);
    expect(health.status()[0]).toEqual({ replica: 1, state: "up", lagSeconds: 0, lagBytes: 0, statements: 1 });
    expect(changes).toEqual(["1:starting→up", "2:starting→up", "1:up→down", "1:down→up"]);
  });

  it("measures lag in bytes behind the primary and the age of the last replayed transaction", async () => {
    const health = new ReplicaHealth({ count: 4, maxLagMs: 10_000 });
    const queried: unknown[][] = [];
    const replica = (row: unknown): SqlReader => ({
      query: async <Row>(_statement: unknown, values: readonly unknown[]) => {
        queried.push([...values]);
        return [row] as Row[];
      },
    });
    const failing: SqlReader = {
      query: async () => {
        throw Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:5433 password=secret"), { code: "ECONNREFUSED" });
      },
    };
    await probeReplicas({
      primary: fixed([{ lsn: "0/3000148" }]),
      replicas: [
        replica({ in_recovery: true, lag_bytes: 0, replay_age: 812.4 }), // idle primary: nothing to replay, however old the last commit
        replica({ in_recovery: true, lag_bytes: 16_384, replay_age: 3.26 }),
        replica({ in_recovery: false, lag_bytes: null, replay_age: null }),
        failing,
      ],
      health,
      faultOf: (error) => (error as { code: string }).code,
    });
    expect(queried).toEqual([["0/3000148"], ["0/3000148"], ["0/3000148"]]);
    expect(health.status()).toEqual([
      { replica: 1, state: "up", lagSeconds: 0, lagBytes: 0, statements: 0 },
      { replica: 2, state: "up", lagSeconds: 3.3, lagBytes: 16_384, statements: 0 },
      { replica: 3, state: "down", lagSeconds: null, lagBytes: null, statements: 0, error: "not a standby" },
      { replica: 4, state: "down", lagSeconds: null, lagBytes: null, statements: 0, error: "ECONNREFUSED" },
    ]);
    expect(JSON.stringify(health.status())).not.toMatch(/10\.0\.0\.7|secret/);
  });
});
