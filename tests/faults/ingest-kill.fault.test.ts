import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "../support/api-process";

/**
 * kill -9 of the ingest CLI in the middle of a batch, three times, then a run to the end: every
 * document is one transaction, so the database must end exactly as a clean run leaves it: the same
 * sources, each with all its mentions, figures and event candidates, and nothing half-written.
 */
const dist = path.join(repoRoot, "apps", "api", "dist");
const COMPANIES = ["Meta", "OpenAI", "Google", "Mistral", "Anthropic", "DeepSeek", "Alibaba", "Scale AI"];
const PEOPLE = ["Alexandr Wang", "Yann LeCun", "Mark Zuckerberg"];
const SENTENCES = [
  (n: number, c: string) => `${c} said it would spend ${n} billion dollars on data centres in ${2026 + (n % 3)}.`,
  (n: number, c: string) => `${c} cut ${n * 10} jobs in its AI division, people familiar with the matter said.`,
  (n: number, c: string, p: string) => `${p} met ${c} executives ${n} times this quarter to discuss a partnership.`,
  (n: number, c: string) => `Analysts expect ${c} to release a new model in Q${(n % 4) + 1} ${2026 + (n % 2)}.`,
  (n: number, c: string, p: string) => `${p} left ${c} after ${n} years, according to a memo seen by reporters.`,
  (n: number, c: string) => `${c} raised capital expenditure guidance to ${60 + n} billion dollars.`,
  (n: number, c: string) => `A spokesperson for ${c} declined to comment on report number ${n}.`,
];

/** Distinct synthetic articles (not near-duplicates of each other): deterministic, so both runs read the same file. */
function articles(count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const text = Array.from({ length: 6 }, (_, k) => {
      const n = index * 7 + k * 13 + 1;
      return SENTENCES[(index + k * 3) % SENTENCES.length](n, COMPANIES[(index + k) % COMPANIES.length], PEOPLE[(index * 2 + k) % PEOPLE.length]);
    }).join(" ");
    lines.push(
      JSON.stringify({
        url: `https://example.test/fault/${index}`,
        title: `Fault-test report ${index}`,
        publishedAt: "2025-12-01",
        text: `Fault-test report ${index} (${COMPANIES[index % COMPANIES.length]}).\n\n${text}`,
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Per source (by content hash): its mentions, figures and candidates; plus rows that belong to no source. */
function snapshot(pgliteDir: string): Record<string, unknown> {
  const script = `
    const { createDatabase } = require(${JSON.stringify(path.join(dist, "db", "prisma.js"))});
    (async () => {
      const db = await createDatabase({ pgliteDir: ${JSON.stringify(pgliteDir)} });
      const sources = await db.prisma.$queryRawUnsafe(\`
        SELECT s."contentHash" AS hash,
          (SELECT count(*)::int FROM "Mention" m WHERE m."sourceId" = s.id) AS mentions,
          (SELECT count(*)::int FROM "SourceFigure" f WHERE f."sourceId" = s.id) AS figures,
          (SELECT count(*)::int FROM "EventCandidate" c WHERE c."sourceId" = s.id) AS candidates
        FROM "Source" s WHERE s.url LIKE 'https://example.test/fault/%' ORDER BY s."contentHash"\`);
      await db.close();
      process.stdout.write(JSON.stringify(sources));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  return { sources: JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) };
}

function ingest(pgliteDir: string, file: string, killAfterLines?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dist, "scripts", "ingest.js"), file], {
      cwd: repoRoot,
      env: { ...process.env, PGLITE_DIR: pgliteDir, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let lines = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      lines += chunk
        .toString()
        .split("\n")
        .filter((line) => line.startsWith("✓")).length;
      // Mid-batch, right after a document was committed, while the next one is being written.
      if (killAfterLines !== undefined && lines >= killAfterLines && child.exitCode === null) child.kill("SIGKILL");
    });
    child.once("exit", (code, signal) => resolve({ code, signal, lines }));
  });
}

describe("kill -9 during ingest", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "orchard-ingest-kill-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("leaves no partial document: after three kills and a final run the database equals a clean run's", async () => {
    const file = path.join(dir, "articles.ndjson");
    writeFileSync(file, articles(16));
    const killed = path.join(dir, "killed");
    for (const after of [2, 5, 9]) {
      const run = await ingest(killed, file, after);
      expect(run.signal).toBe("SIGKILL");
    }
    const final = await ingest(killed, file);
    expect(final.code).toBe(0);

    const clean = path.join(dir, "clean");
    expect((await ingest(clean, file)).code).toBe(0);

    const afterKills = snapshot(killed);
    expect(afterKills).toEqual(snapshot(clean));
    expect((afterKills.sources as unknown[]).length).toBe(16);
  });
});
