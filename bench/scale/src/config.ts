import path from "node:path";
import { repoRoot } from "./orchard";

/**
 * The one place that reads the command line and the environment (bench/scale/README.md lists them).
 */
export interface DatabaseConfig {
  /** An existing PostgreSQL database instead of the kept private cluster. */
  databaseUrl: string | undefined;
  /** Where the private cluster lives between `corpus:generate` and `bench:scale`. */
  clusterDir: string;
  postgresBinDir: string;
}

export interface GenerateConfig extends DatabaseConfig {
  events: number;
  seed: number;
  replace: boolean;
}

export interface BenchConfig extends DatabaseConfig {
  /** Seconds of each autocannon run. */
  duration: number;
  connections: number[];
  /** Sequential requests per query (fewer when they are slow: see `sequentialSeconds`). */
  sequentialRequests: number;
  sequentialSeconds: number;
  /** Only these queries (names from bench/requests.ts). */
  only: string[] | undefined;
  /** Statements slower than this are listed, with their plans. */
  slowMs: number;
  /** PATH handed to Orchard's process. */
  pathEnv: string | undefined;
}

function databaseConfig(env: NodeJS.ProcessEnv): DatabaseConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    clusterDir: path.resolve(env.SCALE_CLUSTER_DIR || path.join(repoRoot, "data", "scale-postgres")),
    postgresBinDir: env.BENCH_POSTGRES_BIN || "/usr/lib/postgresql/15/bin",
  };
}

function positive(name: string, raw: string | undefined, fallback: number, integer = false): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) throw new Error(`${name} must be a positive ${integer ? "whole " : ""}number, got "${raw}"`);
  return value;
}

const GENERATE_USAGE = "usage: npm run corpus:generate -- [--events N] [--seed S] [--replace]";

export function loadGenerateConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): GenerateConfig {
  const config: GenerateConfig = { ...databaseConfig(env), events: 1_000_000, seed: 1, replace: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--events") config.events = positive("--events", value(), config.events, true);
    else if (flag === "--seed") config.seed = positive("--seed", value(), config.seed, true);
    else if (flag === "--replace") config.replace = true;
    else throw new Error(`unknown argument "${argv[i]}"\n${GENERATE_USAGE}`);
  }
  return config;
}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const connections = (env.BENCH_CONNECTIONS || "10,32").split(",").map((part) => Number(part.trim()));
  if (connections.some((count) => !Number.isInteger(count) || count < 1))
    throw new Error(`BENCH_CONNECTIONS must be a comma-separated list of positive integers, got "${env.BENCH_CONNECTIONS}"`);
  return {
    ...databaseConfig(env),
    duration: positive("BENCH_DURATION", env.BENCH_DURATION, 5),
    connections,
    sequentialRequests: positive("BENCH_REQUESTS", env.BENCH_REQUESTS, 20, true),
    sequentialSeconds: 20,
    only: env.BENCH_QUERIES
      ? env.BENCH_QUERIES.split(",")
          .map((name) => name.trim())
          .filter(Boolean)
      : undefined,
    slowMs: positive("BENCH_SLOW_MS", env.BENCH_SLOW_MS, 100),
    pathEnv: env.PATH,
  };
}
