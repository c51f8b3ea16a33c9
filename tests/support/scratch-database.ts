/**
 * A throwaway database on the PostgreSQL server in DATABASE_URL, for a fault test's API process.
 * Dropping it retries while sessions are still going away (a process that has just exited can
 * leave its backend behind for a moment on a loaded machine); if it still cannot, the error says
 * which sessions held it, so a failed clean-up explains itself.
 */
import crypto from "node:crypto";
import { Client } from "pg";

export async function withClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  name: string;
  /** DATABASE_URL for the new database. */
  url: string;
  drop(): Promise<void>;
}

const DROP_ATTEMPTS = 6;
const OBJECT_IN_USE = "55006";

export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${crypto.randomBytes(4).toString("hex")}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        // WITH (FORCE) ends the database's sessions first, and waits up to 5 s for them to go.
        await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt === DROP_ATTEMPTS) {
          const sessions = await withClient(adminUrl, (admin) =>
            admin.query(`SELECT pid, usename, application_name, state, backend_type, left(query, 120) AS query FROM pg_stat_activity WHERE datname = $1`, [name]),
          ).catch((reason: Error) => ({ rows: [`(could not list sessions: ${reason.message})`] }));
          throw new Error(`Could not drop the test database ${name} (attempt ${attempt}): ${(error as Error).message}\nIts sessions: ${JSON.stringify(sessions.rows)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  };
  return { name, url: url.toString(), drop };
}
