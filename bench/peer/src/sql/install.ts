import pg from "pg";
import { AS_OF_SQL } from "./as-of";
import { COMPARE_SQL } from "./compare";
import { COMPUTED_SQL } from "./computed";
import { PEER_SCHEMA_SQL } from "./peer-schema";
import { SEARCH_SQL } from "./search";

/**
 * (Re)creates schema `peer` in one transaction, then ANALYZEs the database: Orchard has just
 * seeded it, and until autovacuum catches up the planner would work from empty statistics (wrong
 * plans, and cost estimates high enough to switch JIT compilation on for millisecond queries).
 * Orchard's own tables are only read.
 */
export async function installPeerSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const script of [PEER_SCHEMA_SQL, AS_OF_SQL, SEARCH_SQL, COMPARE_SQL, COMPUTED_SQL]) await client.query(script);
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new Error(`could not create schema peer: ${(error as Error).message}`);
  } finally {
    await client.end();
  }
}

/** Removes schema `peer` from a database the benchmark did not create (DATABASE_URL). */
export async function dropPeerSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS peer CASCADE");
  } finally {
    await client.end();
  }
}
