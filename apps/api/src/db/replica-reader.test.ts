import { ReplicaHealth } from "./replica-health";
import { ReplicaRouter, replicaFault } from "./replica-reader";
import { sql, type SqlReader } from "./sql-reader";

const STATEMENT = sql("replica_test", "SELECT 1");

/** A database that answers with its own name, or fails with `fault` while it is set. */
function server(name: string, log: string[]) {
  const state: { fault?: Error & { code?: string }; pending?: Promise<void> } = {};
  const reader: SqlReader = {
    async query<Row>() {
      log.push(name);
      await state.pending;
      if (state.fault) throw state.fault;
      return [{ served: name }] as Row[];
    },
  };
  return { reader, state };
}

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), { code: "ECONNREFUSED" });

function setup(strategy: "round-robin" | "least-busy", replicaCount = 2) {
  const log: string[] = [];
  const primary = server("primary", log);
  const replicas = Array.from({ length: replicaCount }, (_, index) => server(`replica${index + 1}`, log));
  const health = new ReplicaHealth({ count: replicaCount, maxLagMs: 10_000 });
  replicas.forEach((_, index) => health.recordLag(index, { lagSeconds: 0, lagBytes: 0 }));
  const router = new ReplicaRouter({ primary: primary.reader, replicas: replicas.map((replica) => replica.reader), health, strategy });
  const read = async (request = router.forRequest()) => (await request.query<{ served: string }>(STATEMENT, []))[0].served;
  return { log, primary, replicas, health, router, read };
}

describe("replica router", () => {
  it("takes replicas in turn, one per request, and keeps a request on the replica it started on", async () => {
    const { router, read } = setup("round-robin");
    const first = router.forRequest();
    const second = router.forRequest();
    expect([await read(first), await read(second), await read(first), await read(second)]).toEqual(["replica1", "replica2", "replica1", "replica2"]);
  });

  it("sends a request to the replica with the fewest statements in flight", async () => {
    const { replicas, router, read } = setup("least-busy");
    let release = () => undefined as void;
    replicas[0].state.pending = new Promise<void>((resolve) => (release = resolve));
    const slow = read(router.forRequest()); // replica1 is busy with it
    await new Promise((resolve) => setImmediate(resolve));
    // One after the other: each finds replica1 busy and replica2 idle, whatever the turn.
    expect([await read(), await read(), await read()]).toEqual(["replica2", "replica2", "replica2"]);
    release();
    expect(await slow).toBe("replica1");
  });

  it("reads the primary for the rest of a request once it asks to (it wrote)", async () => {
    const { router, read } = setup("round-robin");
    const request = router.forRequest();
    expect(await read(request)).toBe("replica1");
    request.usePrimary();
    expect([await read(request), await read(request)]).toEqual(["primary", "primary"]);
  });

  it("retries a failed statement on another replica, marks the failed one down, and never surfaces the failure", async () => {
    const { replicas, health, read, log } = setup("round-robin");
    replicas[0].state.fault = refused();
    expect(await read()).toBe("replica2");
    expect(log).toEqual(["replica1", "replica2"]);
    expect(health.status()[0]).toMatchObject({ state: "down", error: "ECONNREFUSED" });
    // While it is down, requests go around it.
    expect([await read(), await read()]).toEqual(["replica2", "replica2"]);
  });

  it("goes to the primary when every replica fails, and to the primary (not a replica possibly further behind) for a request that already read", async () => {
    const { replicas, router, read, log } = setup("round-robin");
    const request = router.forRequest();
    expect(await read(request)).toBe("replica1");
    replicas[0].state.fault = refused();
    expect(await read(request)).toBe("primary");
    replicas[1].state.fault = Object.assign(new Error("canceling statement due to conflict with recovery"), { code: "40001" });
    log.length = 0;
    expect(await read()).toBe("primary");
    expect(log).toEqual(["replica2", "primary"]);
  });

  it("passes a statement's own error on without retrying it or blaming the replica", async () => {
    const { replicas, health, read, log } = setup("round-robin");
    replicas[0].state.fault = Object.assign(new Error('column "nope" does not exist'), { code: "42703" });
    await expect(read()).rejects.toThrow('column "nope" does not exist');
    expect(log).toEqual(["replica1"]);
    expect(health.status()[0].state).toBe("up");
  });

  it("does not retry once the request's time budget is spent", async () => {
    const { replicas, router, log } = setup("round-robin");
    replicas[0].state.fault = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" });
    await expect(router.forRequest().query(STATEMENT, [], { deadline: Date.now() - 1, ms: 10 })).rejects.toThrow("statement timeout");
    expect(log).toEqual(["replica1"]);
  });

  it("tells replica failures from statement errors", () => {
    expect(replicaFault(refused())).toBe("ECONNREFUSED");
    expect(replicaFault(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe("57P01");
    expect(replicaFault(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe("08006");
    expect(replicaFault(new Error("timeout exceeded when trying to connect"))).toBe("connect timeout");
    expect(replicaFault(new Error("Connection terminated unexpectedly"))).toBe("connection terminated");
    expect(replicaFault(Object.assign(new Error("syntax error"), { code: "42601" }))).toBeNull();
    expect(replicaFault("not an error")).toBeNull();
  });
});
