import pg from "pg";

/**
 * The yardstick: a database on the same server holding only the seed knowledge base, which Orchard
 * migrates and seeds itself when it starts on it empty. Made afresh for each run, dropped after.
 */
export interface SeedOnlyDatabase {
  url: string;
  drop: () => Promise<void>;
}

export async function createSeedOnlyDatabase(corpusUrl: string): Promise<SeedOnlyDatabase> {
  const corpus = new URL(corpusUrl);
  const name = `${decodeURIComponent(corpus.pathname.slice(1)) || "orchard"}_seed_only`;
  const admin = new pg.Client({ connectionString: corpusUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(corpusUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
          break;
        } catch (error) {
          // Orchard's connections may take a moment to leave the server.
          if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      await admin.end();
    },
  };
}

export interface CorpusFacts {
  events: number;
  syntheticEvents: number;
  metaEvents: number;
  size: string;
}

export async function corpusFacts(databaseUrl: string): Promise<CorpusFacts> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ events: number; synthetic: number; meta: number; size: string }>(
      `SELECT (SELECT count(*) FROM "Event")::int AS events, (SELECT count(*) FROM "Event" WHERE synthetic)::int AS synthetic,
              (SELECT count(DISTINCT p."eventId") FROM "EventParticipant" p JOIN "Entity" e ON e.id = p."entityId" WHERE e.slug = 'meta')::int AS meta,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    return { events: rows[0].events, syntheticEvents: rows[0].synthetic, metaEvents: rows[0].meta, size: rows[0].size };
  } finally {
    await client.end();
  }
}

export async function analyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
