import "dotenv/config"; // PITFALL: with a prisma.config.ts, Prisma no longer auto-loads .env
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// DATABASE_URL=postgres(ql)://... -> real PostgreSQL via @prisma/adapter-pg; unset -> PGlite (WASM) in PGLITE_DIR.
// PITFALL (CLI only): the WASM schema engine leaves a 60 s timer behind after `migrate dev` (the process idles
// ~60 s after "in sync"), and PGlite >= 0.4 re-arms a 10 s timer until close(), which the CLI never calls.
// prisma.config.ts is only loaded by the Prisma CLI, so let long timers not keep the process alive.
if (process.env.PRISMA_KEEP_TIMERS !== "1") {
  const st = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => {
    const t = st(fn, ms, ...a);
    if ((ms ?? 0) >= 5000) t.unref?.();
    return t;
  }) as typeof setTimeout;
}

const pgUrl = process.env.DATABASE_URL;
const usePg = !!pgUrl && /^postgres(ql)?:\/\//.test(pgUrl);
const pgliteDir = process.env.PGLITE_DIR ?? path.join(__dirname, "data", "pglite");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node apps/api/dist/scripts/seed.js" },
  async adapter() {
    if (usePg) {
      // PITFALL: @prisma/adapter-pg 6.x cannot deserialize Postgres catalog types ("name" OID 19, "char" OID 18, ...)
      // that the WASM schema engine selects from pg_catalog -> "Column type 'name' could not be deserialized".
      // Report them as text / text[] (CLI process only; the runtime client never selects such columns).
      const { default: pg } = await import("pg");
      const asText = new Set([18, 19, 22, 24, 28, 29, 30, 194, 2205, 4089]),
        asTextArray = new Set([1002, 1003]);
      // addFields is internal to pg: @types/pg does not declare it.
      const resultPrototype = pg.Result.prototype as unknown as { addFields: (this: unknown, fields: { dataTypeID: number }[]) => void };
      const addFields = resultPrototype.addFields;
      resultPrototype.addFields = function (fields) {
        for (const f of fields) {
          if (asText.has(f.dataTypeID)) f.dataTypeID = 25;
          else if (asTextArray.has(f.dataTypeID)) f.dataTypeID = 1009;
        }
        return addFields.call(this, fields);
      };
      const { PrismaPg } = await import("@prisma/adapter-pg");
      // PITFALL: don't pass {connectionString}: connectToShadowDb() does new Pool({...config, database: shadow}) and
      // node-postgres lets connectionString override `database`, so `migrate dev` uses the MAIN db as shadow (P3006).
      const u = new URL(pgUrl);
      const cfg = {
        host: u.hostname,
        port: Number(u.port || 5432),
        database: decodeURIComponent(u.pathname.slice(1)),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
        allowExitOnIdle: true, // the CLI never disposes the adapter; otherwise pg.Pool idles 10 s before exit
      };
      const factory = new PrismaPg(cfg);
      // PITFALL: adapter-pg 6.19.3's connectToShadowDb() runs DROP DATABASE before ending the shadow pool ->
      // "database prisma_migrate_shadow_db_... is being accessed by other users". Own implementation:
      factory.connectToShadowDb = async () => {
        const admin = await new PrismaPg(cfg).connect();
        const shadow = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
        await admin.executeScript(`CREATE DATABASE "${shadow}"`); // needs CREATEDB
        const adapter = await new PrismaPg({ ...cfg, database: shadow }).connect();
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose(); // ends the shadow pool first
          await admin.executeScript(`DROP DATABASE IF EXISTS "${shadow}"`);
          await admin.dispose();
        };
        return adapter;
      };
      return factory;
    }
    // PITFALL: the CLI calls adapter() TWICE per command. Two PGlite instances on one data dir in one process
    // corrupt it (next open: "RuntimeError: Aborted()"). Create PGlite once per process.
    return (pgliteFactory ??= createPGliteFactory());
  },
});

let pgliteFactory: Promise<any> | undefined;
async function createPGliteFactory() {
  fs.mkdirSync(path.dirname(pgliteDir), { recursive: true }); // PGlite only mkdirs the last path segment
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm"); // the init migration creates it
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  if (process.env.DEBUG_PGLITE) console.error("[prisma.config] new PGlite(" + pgliteDir + ")");
  const factory = new PrismaPGlite(new PGlite(pgliteDir, { extensions: { pg_trgm } }));
  patchPGliteAdapter(Object.getPrototypeOf(await factory.connect()));
  return factory;
}

/**
 * PITFALLS in pglite-prisma-adapter 0.6.1 (CLI only):
 * - `migrate dev` replays existing migrations into the shadow db via executeRaw(script, no args); PGlite's query()
 *   always uses the extended protocol -> P3006 "cannot insert multiple commands into a prepared statement".
 * - executeScript() does not await PGlite.exec(), so a failing migration script is NOT reported as failed.
 */
function patchPGliteAdapter(adapterProto: any) {
  const queryableProto = Object.getPrototypeOf(adapterProto);
  if (queryableProto.__patched) return;
  queryableProto.__patched = true;
  const performIO = queryableProto.performIO;
  queryableProto.performIO = async function (query: { sql: string; args: unknown[] }) {
    if (query.args.length === 0 && /;\s*\S/.test(query.sql)) {
      try {
        await this.client.exec(query.sql);
      } catch (e) {
        this.onError(e);
      }
      return { fields: [], rows: [], affectedRows: 0 };
    }
    return performIO.call(this, query);
  };
  adapterProto.executeScript = async function (script: string) {
    try {
      await this.client.exec(script);
    } catch (e) {
      this.onError(e);
    }
  };
}
