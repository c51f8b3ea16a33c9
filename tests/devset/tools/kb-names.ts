/**
 * Names and slugs of the knowledge base's entities (organizations, models, people), read from
 * prisma/kb and its registry of the field (prisma/kb/registry). `kb-snapshot.json` keeps them as they were when the set was annotated, so "unknown"
 * stays defined after the KB grows. Usage (refresh the snapshot): tsx devset/tools/kb-names.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

export interface KbEntity {
  slug: string;
  names: string[];
}

const KB_FILES = [
  "organizations.yaml",
  "models.yaml",
  "products.yaml",
  "facilities.yaml",
  "people.yaml",
  "registry/organizations.yaml",
  "registry/models.yaml",
  "registry/people.yaml",
];
export const KB_DIR = path.resolve(__dirname, "../../../prisma/kb");
export const SNAPSHOT_FILE = path.resolve(__dirname, "../kb-snapshot.json");

interface YamlEntity {
  slug?: unknown;
  name?: unknown;
  aliases?: Array<{ name?: unknown }>;
}

export function readKb(dir = KB_DIR): KbEntity[] {
  return KB_FILES.flatMap((file) => {
    const rows = parse(fs.readFileSync(path.join(dir, file), "utf8")) as YamlEntity[];
    return rows.map((row) => {
      if (typeof row.slug !== "string" || typeof row.name !== "string") throw new Error(`${file}: entry without slug or name`);
      const aliases = (row.aliases ?? []).map((alias) => alias.name).filter((name): name is string => typeof name === "string");
      return { slug: row.slug, names: [...new Set([row.name, ...aliases])] };
    });
  });
}

export function readSnapshot(file = SNAPSHOT_FILE): KbEntity[] {
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { entities: KbEntity[] }).entities;
}

if (require.main === module) {
  const commit = process.argv[2] ?? "working tree";
  fs.writeFileSync(SNAPSHOT_FILE, JSON.stringify({ commit, entities: readKb() }, null, 1) + "\n");
  console.log(`wrote ${SNAPSHOT_FILE}`);
}
