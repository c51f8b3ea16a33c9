import pg from "pg";
import { loadGenerateConfig } from "../config";
import { generateCorpus } from "../corpus/generate";
import { openPgSink } from "../db/pg-sink";
import { openDatabase } from "../db/target";
import { seedWithOrchard } from "../orchard";

/**
 * `npm run corpus:generate -- --events N`: Orchard's seed first (migrations and the knowledge
 * base), then the synthetic corpus of N events (default 1,000,000) with COPY, in one transaction.
 */
const progress = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadGenerateConfig(process.argv.slice(2));
  const started = Date.now();
  const database = await openDatabase(config);
  try {
    progress(`database: ${database.describe}`);
    progress("Orchard's seed: migrations and the seed knowledge base…");
    await seedWithOrchard({ databaseUrl: database.url });
    progress(`generating ${config.events.toLocaleString("en-US")} events (seed ${config.seed})…`);
    const sink = await openPgSink(database.url);
    try {
      const summary = await generateCorpus({ sink, events: config.events, seed: config.seed, replace: config.replace, progress });
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const size = (await client.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size")).rows[0].size;
      await client.end();
      console.log(`corpus:generate: ${config.events.toLocaleString("en-US")} events (seed ${config.seed}) into ${database.describe}`);
      for (const [table, rows] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(17)} ${rows.toLocaleString("en-US").padStart(12)} rows`);
      console.log(
        `  headline entities: ${Object.entries(summary.headline)
          .map(([slug, count]) => `${slug} ${count.toLocaleString("en-US")} events`)
          .join(", ")}`,
      );
      console.log(`  generation ${summary.seconds.toFixed(0)} s, all with the seed ${((Date.now() - started) / 1000).toFixed(0)} s; database size ${size}`);
    } finally {
      await sink.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`corpus:generate failed: ${(error as Error).message}`);
  process.exit(1);
});
