import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** A server under test: its own process, reachable at `url` (a GraphQL-style POST endpoint). */
export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** "node v22.23.3" and the like, for the report header. */
  runtime: string;
  stop: () => Promise<void>;
}

/** Servers that ended by themselves (or were killed by another process) while the benchmark ran. */
const unexpectedExits: string[] = [];
export function unexpectedServerExits(): string[] {
  return [...unexpectedExits];
}

/** The Node binaries this workspace installs from npm: dependencies "node22"/"node24" (aliases of `node`). */
export function nodeBinary(major: "20" | "22" | "24" | "project"): string {
  const current = process.versions.node.split(".")[0];
  if (major === "project" || major === current) return process.execPath;
  if (major === "20") throw new Error(`Node 20 is only available as the project's own Node; this one is ${process.version}`);
  const binary = path.join(path.dirname(require.resolve(`node${major}/package.json`)), "bin", "node");
  if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: run npm install (the "node${major}" dependency of bench/peer)`);
  return binary;
}

/** Spawns a server and waits until `readyUrl` answers 2xx; on failure, the process's last output is in the error. */
export async function startServer(options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  url: string;
  readyUrl: string;
  /** POSTed to readyUrl when given (a GraphQL probe); a GET otherwise. */
  readyBody?: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // Assigned in the exit callback, which TypeScript cannot see: `as` keeps it from narrowing `exited` to null.
  let exited = null as number | string | null;
  let stopping = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = code ?? signal ?? "exit";
      if (!stopping) unexpectedExits.push(`${options.name} (pid ${child.pid}) exited with ${exited}; its last output:\n${output.trim() || "(none)"}`);
      resolve();
    }),
  );
  const stop = async () => {
    stopping = true;
    if (exited !== null) return;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exit;
    clearTimeout(killer);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== null) throw new Error(`${options.name} exited (${exited}) before it was ready:\n${output}`);
    try {
      const response = await fetch(options.readyUrl, {
        signal: AbortSignal.timeout(2000),
        ...(options.readyBody ? { method: "POST", headers: { "content-type": "application/json" }, body: options.readyBody } : {}),
      });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} was not ready within ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const version = await runtimeVersion(options.command);
  return { name: options.name, url: options.url, pid: child.pid!, runtime: `node ${version}`, stop };
}

async function runtimeVersion(binary: string): Promise<string> {
  if (binary === process.execPath) return process.version;
  const { execFileSync } = await import("node:child_process");
  return execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
}
