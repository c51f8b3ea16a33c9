import path from "node:path";

/** bench/peer/{src,dist} → the repository root. */
export const repoRoot = path.resolve(__dirname, "..", "..", "..");

export type NodeChoice = "20" | "22" | "24" | "project";

export interface BenchConfig {
  /** An existing PostgreSQL to use instead of a private cluster. */
  databaseUrl: string | undefined;
  /** Seconds of load per closed-loop run. */
  duration: number;
  /** Closed-loop rounds per (query, connections) cell; medians are reported. */
  rounds: number;
  connections: number[];
  /** Offered rate of the open-loop run, requests per second. */
  openLoopRate: number;
  /** Seconds of the open-loop run. */
  openLoopDuration: number;
  /** Which Node runs Orchard and the floor: 24 (what `npm start` runs the API on with PostgreSQL), 20, 22, or "project" (the one running this script). */
  orchardNode: NodeChoice;
  /** PostgreSQL 15 binaries for the private cluster. */
  postgresBinDir: string;
  /** Only these queries (names from requests.ts, comma-separated); all when unset. */
  only: string[] | undefined;
  /** Stop after the same-answer check and the SQL counts (no load). */
  checkOnly: boolean;
  /** PATH handed to the servers' processes. */
  pathEnv: string | undefined;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** The one place that reads the environment. */
export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const orchardNode = (env.BENCH_ORCHARD_NODE || "24") as NodeChoice;
  if (!["20", "22", "24", "project"].includes(orchardNode)) throw new Error(`BENCH_ORCHARD_NODE must be 20, 22, 24 (the default) or project, got "${orchardNode}"`);
  const connections = (env.BENCH_CONNECTIONS || "10,32").split(",").map((part) => Number(part.trim()));
  if (connections.some((count) => !Number.isInteger(count) || count < 1))
    throw new Error(`BENCH_CONNECTIONS must be a comma-separated list of positive integers, got "${env.BENCH_CONNECTIONS}"`);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    duration: positiveNumber(env, "BENCH_DURATION", 5),
    rounds: Math.round(positiveNumber(env, "BENCH_ROUNDS", 3)),
    connections,
    openLoopRate: positiveNumber(env, "BENCH_OPEN_LOOP_RATE", 100),
    openLoopDuration: positiveNumber(env, "BENCH_OPEN_LOOP_DURATION", positiveNumber(env, "BENCH_DURATION", 5)),
    orchardNode,
    postgresBinDir: env.BENCH_POSTGRES_BIN || "/usr/lib/postgresql/15/bin",
    checkOnly: env.BENCH_CHECK_ONLY === "1" || env.BENCH_CHECK_ONLY === "true",
    pathEnv: env.PATH,
    only: env.BENCH_QUERIES
      ? env.BENCH_QUERIES.split(",")
          .map((name) => name.trim())
          .filter(Boolean)
      : undefined,
  };
}
