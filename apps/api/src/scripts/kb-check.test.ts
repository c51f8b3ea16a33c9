import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { factoryKnowledgeBase, writeKnowledgeBase } from "../test-support/kb-factory";

/** `npm run kb:check` is this script: run it as a process, on a knowledge base given by KB_DIR and SEEDS_DIR. */
function kbCheck(dirs: { kbDir: string; seedsDir: string } | null) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: "" };
  if (dirs) Object.assign(env, { KB_DIR: dirs.kbDir, SEEDS_DIR: dirs.seedsDir });
  else for (const name of ["KB_DIR", "SEEDS_DIR"]) delete env[name];
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "kb-check.ts")], { env, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run kb:check", () => {
  it("exits 1 on an uncited claim, naming its file and line", () => {
    const files = factoryKnowledgeBase();
    (files.people[0].roles as Array<Record<string, unknown>>)[0].end = "2021"; // a bare date: no quote says when he left
    const dirs = writeKnowledgeBase(files);
    const line =
      fs
        .readFileSync(path.join(dirs.kbDir, "people.yaml"), "utf8")
        .split("\n")
        .findIndex((text) => text.includes('end: "2021"')) + 1;
    const run = kbCheck(dirs);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`people.yaml:${line}: uncited claim: alexandr-wang at scale-ai: end 2021 has no quoted wording`);
    expect(run.stdout).not.toMatch(/knowledge base OK/);
  });

  it("exits 0 on the seed knowledge base, every claim cited", () => {
    const run = kbCheck(null);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^knowledge base OK: .* \d+ claims, each cited/);
  });
});
