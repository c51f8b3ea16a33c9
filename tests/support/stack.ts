/**
 * A running Orchard (API + web) for end-to-end tests and the web benchmark.
 *
 * With WEB_URL set, that stack is used as it is. Otherwise the built app (`npm run build`) is
 * started the way `npm start` starts it, on free ports and a throwaway PGlite directory, so a run
 * never touches ./data or a developer's running instance.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RunningStack {
  webUrl: string;
  apiUrl: string;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, "..", "..");
const startScript = path.join(repoRoot, "apps", "api", "dist", "scripts", "start.js");
const STARTUP_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function isUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startStack(): Promise<RunningStack> {
  const given = process.env.WEB_URL;
  if (given) {
    const webUrl = given.replace(/\/$/, "");
    return { webUrl, apiUrl: process.env.API_URL ?? "http://127.0.0.1:4000/graphql", stop: async () => {} };
  }
  if (!existsSync(startScript) || !existsSync(path.join(repoRoot, "apps", "web", ".next"))) {
    throw new Error(`The app is not built (${startScript} or apps/web/.next missing): run \`npm run build\` first.`);
  }
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(tmpdir(), "orchard-stack-"));
  const log: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [startScript], {
    cwd: repoRoot,
    detached: true, // its own process group, so stop() also ends the Next.js child
    env: { ...process.env, PGLITE_DIR: path.join(dataDir, "pglite"), API_PORT: String(apiPort), WEB_PORT: String(webPort), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const webUrl = `http://127.0.0.1:${webPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if ((await isUp(`${webUrl}/`)) && (await isUp(`http://127.0.0.1:${apiPort}/healthz`))) return { webUrl, apiUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`Orchard did not start within ${STARTUP_TIMEOUT_MS / 1000} s. Last output:\n${log.join("").slice(-4000)}`);
}
