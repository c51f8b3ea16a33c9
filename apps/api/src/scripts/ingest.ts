import { Presets, SingleBar } from "cli-progress";
import { loadConfig } from "../config";
import { createDatabase } from "../db/prisma";
import { applyMigrations } from "../db/migrate";
import { seedIfEmpty } from "../seed/seed-database";
import { ingestFiles } from "../modules/ingest/ingest-files";

const USAGE = "usage: npm run ingest -- <files or folders…>   (.txt, .html, .json, .ndjson records {url, title, language?, publishedAt?, publisher?, text})";

/**
 * `npm run ingest -- <paths>`: a progress bar on a terminal (a line per document otherwise), then a
 * line per document and the totals. Documents go in batches of 100 (ingestFiles: one transaction per
 * batch, each document still all-or-nothing), the pipeline on one worker thread per core. Exits
 * non-zero when any document was refused.
 */
async function main(): Promise<number> {
  const paths = process.argv.slice(2).filter((arg) => arg !== "--");
  if (paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const db = await createDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  const bar = process.stderr.isTTY ? new SingleBar({ format: "ingesting [{bar}] {value}/{total} {origin}", hideCursor: true }, Presets.shades_classic) : null;
  try {
    await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
    await seedIfEmpty({ db, config });
    const report = await ingestFiles({
      prisma: db.prisma,
      paths,
      onProgress: (done, total, origin) => {
        if (!bar) return;
        if (done === 0) bar.start(total, 0, { origin });
        bar.update(done, { origin: origin.slice(-60) });
        if (done === total) bar.stop();
      },
      onLine: bar ? undefined : (line) => console.log(line),
    });
    if (bar) for (const line of report.lines) console.log(line);
    console.log(
      `\n${report.documents} documents: ${report.created} new, ${report.republications} re-publications linked, ${report.duplicates} already stored, ${report.refused} refused`,
    );
    return report.refused > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
