import os from "node:os";
import path from "node:path";
import { z } from "zod";
import type { DatabaseOptions } from "./db/prisma";
import type { ReplicaStatus } from "./db/replica-health";

/** The repository root: apps/api/{src,dist}/config.* → three levels up. */
export const repoRoot = path.resolve(__dirname, "..", "..", "..");

const booleanFlag = z.enum(["0", "1", "true", "false"]).transform((value) => value === "1" || value === "true");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL (unset it to use the embedded PGlite)")
    .optional(),
  /**
   * Streaming replicas of DATABASE_URL, comma-separated postgresql:// URLs: the GraphQL read path
   * reads from them (docs/deploy.md). PostgreSQL only.
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each of DATABASE_REPLICA_URLS must be a postgresql:// URL")))
    .optional(),
  /** How a request's replica is chosen: in turn, or the one with the fewest statements in flight. */
  DATABASE_REPLICA_STRATEGY: z.enum(["round-robin", "least-busy"]).default("least-busy"),
  /** A replica further behind the primary than this is not read from: with the check interval, the staleness bound. */
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().positive().default(10_000),
  DATABASE_REPLICA_CHECK_MS: z.coerce.number().int().positive().default(2_000),
  /** Connections per pool in each API process: the primary's (Prisma and the read path share it) and each replica's. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  PGLITE_DIR: z.string().default(path.join(repoRoot, "data", "pglite")),
  SEEDS_DIR: z.string().default(path.resolve(repoRoot, "..", "shared", "seeds")),
  KB_DIR: z.string().default(path.join(repoRoot, "prisma", "kb")),
  MIGRATIONS_DIR: z.string().default(path.join(repoRoot, "prisma", "migrations")),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_QUERY_COST: z.coerce.number().int().positive().default(50_000),
  /** Root fields per operation, and aliases of one field under one parent (docs/api.md "Limits"). */
  MAX_ROOT_FIELDS: z.coerce.number().int().positive().default(20),
  MAX_FIELD_ALIASES: z.coerce.number().int().positive().default(10),
  /** Tokens per document: parsing stops beyond it, before any other work. */
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(10_000),
  /**
   * A request's time budget: its SQL statements are refused once it is spent (QUERY_TIMEOUT), and on
   * PostgreSQL no statement runs longer (statement_timeout).
   */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * API processes `npm start` runs behind API_PORT on PostgreSQL (node:cluster); unset means one per
   * CPU core. The embedded PGlite is one process's database: it always runs one.
   */
  API_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /**
   * The Node that runs `npm start` on PostgreSQL: "24" (the npm package node@24, a dependency of this
   * app) costs a third less CPU per request than the machine's Node 20; "current" keeps the Node it
   * was started with. The embedded PGlite always stays on the current Node (nodejs/node#64500).
   */
  API_NODE: z.enum(["24", "current"]).default("24"),
  /** On SIGINT/SIGTERM, how long in-flight requests get to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** Stack traces and internal error messages in responses: for debugging only, never by default. */
  DEBUG_ERRORS: booleanFlag.default(false),
  /** Adds `extensions.sqlStatements` to responses: used by tests and the API benchmark. */
  EXPOSE_SQL_COUNT: booleanFlag.default(false),
  /** Megabytes of query answers cached per API process, checked against the data version on every request; 0 turns the cache off. */
  RESPONSE_CACHE_MB: z.coerce.number().nonnegative().default(64),
  /** Leaky buckets of query-cost points (docs/api.md): per API key, and per IP address for anonymous requests. */
  RATE_LIMIT_ENABLED: booleanFlag.default(true),
  RATE_LIMIT_KEY_CAPACITY: z.coerce.number().int().positive().default(1_000_000),
  RATE_LIMIT_KEY_RESTORE_RATE: z.coerce.number().positive().default(100_000),
  RATE_LIMIT_ANONYMOUS_CAPACITY: z.coerce.number().int().positive().default(250_000),
  RATE_LIMIT_ANONYMOUS_RESTORE_RATE: z.coerce.number().positive().default(50_000),
  /** Points a bulk export (GET /export/…) takes from the caller's bucket. */
  EXPORT_COST: z.coerce.number().int().nonnegative().default(5_000),
  /** Webhook deliveries (docs/api.md): how often the worker looks for due ones, and the retry schedule. */
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().positive().default(10_000),
  WEBHOOK_BACKOFF_CAP_MS: z.coerce.number().int().positive().default(3_600_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().positive().default(12),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Lets webhooks target loopback addresses (tests, a receiver on the same machine); private ranges stay refused. */
  WEBHOOK_ALLOW_LOOPBACK: booleanFlag.default(false),
  /**
   * Shared secret of the first-party web server (header x-orchard-client-token): its requests carry
   * every visitor's traffic from one address, so they are not drawn from a rate-limit bucket.
   * `npm start` makes one per run when unset.
   */
  WEB_CLIENT_TOKEN: z.string().min(16, "WEB_CLIENT_TOKEN must have at least 16 characters").optional(),
  /**
   * The web client's trusted documents (hash → document), written by its GraphQL codegen; their
   * hashes are accepted without a prior registration. A missing file turns this off.
   */
  TRUSTED_DOCUMENTS_MANIFEST: z.string().default(path.join(repoRoot, "apps", "web", "src", "gql", "persisted-documents.json")),
});

/** Settings that only make sense together. */
const checkedEnvSchema = envSchema.superRefine((config, context) => {
  if (config.DATABASE_REPLICA_URLS?.length && !config.DATABASE_URL)
    context.addIssue({ code: "custom", path: ["DATABASE_REPLICA_URLS"], message: "needs DATABASE_URL (the primary): the embedded PGlite has no replicas" });
});

export type AppConfig = z.infer<typeof envSchema>;

/** The database options of a server process: the primary, its pool size, its replicas. */
export function databaseOptions(config: AppConfig, onReplicaChange?: (status: ReplicaStatus, previous: ReplicaStatus["state"]) => void): DatabaseOptions {
  return {
    databaseUrl: config.DATABASE_URL,
    pgliteDir: config.PGLITE_DIR,
    statementTimeoutMs: config.REQUEST_TIMEOUT_MS,
    poolSize: config.DATABASE_POOL_SIZE,
    ...(config.DATABASE_REPLICA_URLS?.length
      ? {
          replicas: {
            urls: config.DATABASE_REPLICA_URLS,
            strategy: config.DATABASE_REPLICA_STRATEGY,
            maxLagMs: config.DATABASE_REPLICA_MAX_LAG_MS,
            checkIntervalMs: config.DATABASE_REPLICA_CHECK_MS,
            onChange: onReplicaChange,
          },
        }
      : {}),
  };
}

/** Reads and checks the environment once; every other module receives the resulting object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = checkedEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

/** How many API processes to run: API_WORKERS, or one per core; always one on the embedded PGlite. */
export function apiWorkerCount(config: Pick<AppConfig, "API_WORKERS" | "DATABASE_URL">): number {
  if (!config.DATABASE_URL) return 1;
  return config.API_WORKERS ?? os.availableParallelism();
}
