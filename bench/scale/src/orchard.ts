import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * What the benchmark takes from Orchard itself, through its built API (apps/api/dist, which turbo
 * builds first): the seed script that migrates and loads the knowledge base, the search folding of
 * names, and the confidence rule. The product does not depend on this workspace; this workspace
 * depends on the product's build.
 */
export const repoRoot = path.resolve(__dirname, "..", "..", "..");
export const apiDist = path.join(repoRoot, "apps", "api", "dist");

function built(relative: string): string {
  const file = path.join(apiDist, relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the API first (npm run build, or run this through npm run corpus:generate / bench:scale)`);
  return file;
}

export interface Evidence {
  sourceId: number;
  stance: "SUPPORTS" | "DENIES";
  attributed: boolean;
  origin?: string;
  official?: boolean;
  publisherKnown?: boolean;
}

export interface OrchardRules {
  /** Orchard's search key of a name (apps/api/src/common/text-fold.ts). */
  foldForSearch(text: string): string;
  /** Orchard's confidence and status from citations (apps/api/src/modules/event/confidence.ts). */
  assessEvidence(citations: Evidence[]): { confidence: number; status: "REPORTED" | "CONFIRMED" | "DISPUTED" | "DENIED" };
}

export function orchardRules(): OrchardRules {
  const { foldForSearch } = require(built("common/text-fold.js")) as Pick<OrchardRules, "foldForSearch">;
  const { assessEvidence } = require(built("modules/event/confidence.js")) as Pick<OrchardRules, "assessEvidence">;
  return { foldForSearch, assessEvidence };
}

/**
 * Orchard's own `npm run seed` (apps/api/dist/scripts/seed.js): applies the migrations, then loads
 * the seed knowledge base (idempotent) into the database named by DATABASE_URL, or the PGlite
 * directory PGLITE_DIR.
 */
export async function seedWithOrchard(target: { databaseUrl: string } | { pgliteDir: string }): Promise<string> {
  const script = built("scripts/seed.js");
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  if ("databaseUrl" in target) env.DATABASE_URL = target.databaseUrl;
  else env.PGLITE_DIR = target.pgliteDir;
  const child = spawn(process.execPath, [script], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`Orchard's seed failed (exit ${code}):\n${output.trim().slice(-3000)}`);
  return output.trim();
}
