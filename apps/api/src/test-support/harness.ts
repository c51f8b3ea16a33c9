import "reflect-metadata";
import crypto from "node:crypto";
import { loadConfig, type AppConfig } from "../config";
import { createDatabase, type Database } from "../db/prisma";
import { applyMigrations } from "../db/migrate";
import { createLogger } from "../logger";
import { loadKnowledgeBase, type KnowledgeBase } from "../seed/kb-loader";
import { seedKnowledgeBase } from "../seed/kb-seed";
import { startApiServer, type ApiServer } from "../server";

/**
 * A fresh database per test file: in-memory PGlite by default; with DATABASE_URL (npm run
 * test:postgres) a new database on that PostgreSQL server, dropped afterwards.
 */
export async function createTestDatabase(): Promise<{ db: Database; config: AppConfig; drop: () => Promise<void> }> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", EXPOSE_SQL_COUNT: "1", RESPONSE_CACHE_MB: "0" });
  if (!config.DATABASE_URL) {
    const db = await createDatabase({ pgliteDir: "memory://" });
    await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
    return { db, config, drop: () => db.close() };
  }
  const admin = await createDatabase({ databaseUrl: config.DATABASE_URL });
  const name = `orchard_test_${crypto.randomBytes(6).toString("hex")}`;
  await admin.execScript(`CREATE DATABASE "${name}"`);
  const url = new URL(config.DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await createDatabase({ databaseUrl: url.toString(), statementTimeoutMs: config.REQUEST_TIMEOUT_MS });
  await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
  return {
    db,
    config: { ...config, DATABASE_URL: url.toString() },
    async drop() {
      await db.close();
      // Closed connections may take a moment to leave the server; FORCE would kill them mid-close.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.execScript(`DROP DATABASE IF EXISTS "${name}"`);
          break;
        } catch (error) {
          if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await admin.close();
    },
  };
}

let knowledgeBase: KnowledgeBase | undefined;
/** The real seed knowledge base (prisma/kb + the seed articles), parsed once per test file. */
export function seedKnowledgeBaseFixture(): KnowledgeBase {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  knowledgeBase ??= loadKnowledgeBase({ kbDir: config.KB_DIR, seedsDir: config.SEEDS_DIR });
  return knowledgeBase;
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { sqlStatements?: number; [key: string]: unknown };
}

export interface TestApi {
  db: Database;
  server: ApiServer;
  /** A GraphQL request over HTTP; with `key`, made with that API key. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Migrated, seeded database (with `kb`, that knowledge base instead of the seed one) + the real HTTP server on a free port. */
export async function startTestApi(options: { seed?: boolean; kb?: KnowledgeBase; config?: Partial<AppConfig> } = {}): Promise<TestApi> {
  const { db, config, drop } = await createTestDatabase();
  if (options.seed !== false) await seedKnowledgeBase({ prisma: db.prisma, kb: options.kb ?? seedKnowledgeBaseFixture() });
  const fullConfig = { ...config, ...options.config };
  const server = await startApiServer({ config: fullConfig, db, logger: createLogger(fullConfig), port: 0 });
  return {
    db,
    server,
    async gql(query, variables, key) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, "status">;
      return { status: response.status, ...body } as GraphQLResponse<any>;
    },
    async close() {
      await server.stop();
      await drop();
    },
  };
}
