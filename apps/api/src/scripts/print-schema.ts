import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../config";
import { printSchemaSdl } from "../print-sdl";

/** Writes the printed SDL to packages/schema/schema.graphql (the committed public contract). */
async function main() {
  const target = path.join(repoRoot, "packages", "schema", "schema.graphql");
  fs.writeFileSync(target, await printSchemaSdl());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
