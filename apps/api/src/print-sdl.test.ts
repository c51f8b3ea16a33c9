import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./config";
import { printSchemaSdl } from "./print-sdl";

describe("packages/schema/schema.graphql", () => {
  it("is the SDL the API prints (run `npm run schema:print` after changing the schema)", async () => {
    const committed = fs.readFileSync(path.join(repoRoot, "packages", "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(await printSchemaSdl());
  });
});
