import { loadBenchConfig } from "./config";
import { autocannonArgs } from "./load";

describe("loadBenchConfig", () => {
  it("has defaults for a full run", () => {
    const config = loadBenchConfig({});
    expect(config).toMatchObject({ duration: 5, rounds: 3, connections: [10, 32], openLoopRate: 100, orchardNode: "24", databaseUrl: undefined });
  });

  it("reads durations, rounds, connections, the Node of Orchard and a subset of queries", () => {
    const config = loadBenchConfig({ BENCH_DURATION: "3", BENCH_ROUNDS: "2", BENCH_CONNECTIONS: "8, 16", BENCH_ORCHARD_NODE: "24", BENCH_QUERIES: "company,search" });
    expect(config).toMatchObject({ duration: 3, rounds: 2, connections: [8, 16], orchardNode: "24", only: ["company", "search"], openLoopDuration: 3 });
  });

  it("refuses bad values with the variable's name", () => {
    expect(() => loadBenchConfig({ BENCH_DURATION: "soon" })).toThrow('BENCH_DURATION must be a positive number, got "soon"');
    expect(() => loadBenchConfig({ BENCH_ORCHARD_NODE: "18" })).toThrow("BENCH_ORCHARD_NODE must be 20, 22, 24");
    expect(() => loadBenchConfig({ BENCH_CONNECTIONS: "10,x" })).toThrow("BENCH_CONNECTIONS");
  });
});

describe("autocannonArgs", () => {
  it("POSTs the JSON body, closed loop by default and open loop with an overall rate", () => {
    const base = { url: "http://127.0.0.1:1/graphql", body: '{"query":"{a}"}', connections: 10, durationSeconds: 5 };
    const closed = autocannonArgs(base);
    expect(closed).toEqual(["--json", "-c", "10", "-d", "5", "-m", "POST", "-H", "content-type=application/json", "-b", '{"query":"{a}"}', base.url]);
    expect(autocannonArgs({ ...base, overallRate: 100 })).toContain("--overallRate");
  });
});
