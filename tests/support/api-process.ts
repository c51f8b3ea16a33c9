/**
 * The built API (`apps/api/dist`) as its own process, the way `npm start --api-only` runs it: on a
 * free port and a throwaway PGlite directory (or the PostgreSQL database in `env.DATABASE_URL`),
 * with API keys made by the keys CLI beforehand and its log written to a file the tests can read.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(__dirname, "..", "..");
const dist = path.join(repoRoot, "apps", "api", "dist", "scripts");
const STARTUP_TIMEOUT_MS = 180_000;

export type KeyRole = "reader" | "analyst" | "ingest" | "admin";

export interface ApiProcess {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** baseUrl + /graphql */
  url: string;
  keys: Record<KeyRole, string>;
  dataDir: string;
  /** The PGlite directory (absent with DATABASE_URL): its lock file is `${pgliteDir}.lock`. */
  pgliteDir?: string;
  logFile: string;
  child: ChildProcess;
  /** Everything the process has logged so far. */
  log(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Sends a signal the test expects the process to exit on (SIGTERM, SIGKILL). */
  signal(signal: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
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

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export async function startApiProcess(options: { env?: Record<string, string>; roles?: KeyRole[] } = {}): Promise<ApiProcess> {
  if (!existsSync(path.join(dist, "start.js"))) throw new Error(`The API is not built (${dist}/start.js missing): run \`npm run build\` first.`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "orchard-api-"));
  const usesPostgres = Boolean(options.env?.DATABASE_URL);
  const pgliteDir = usesPostgres ? undefined : path.join(dataDir, "pglite");
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}),
    API_PORT: String(port),
    LOG_LEVEL: "info",
    NODE_ENV: "development", // what `npm start` runs with: nothing may depend on "production" to be safe
    ...options.env,
  };
  if (!usesPostgres) delete env.DATABASE_URL;
  const keys = {} as Record<KeyRole, string>;
  for (const role of options.roles ?? []) {
    const output = execFileSync(process.execPath, [path.join(dist, "keys.js"), "create", "--role", role, "--name", `test-${role}`], { cwd: repoRoot, env, encoding: "utf8" });
    const key = output.split("\n").find((line) => line.startsWith("orch_"));
    if (!key) throw new Error(`The keys CLI printed no key:\n${output}`);
    keys[role] = key.trim();
  }
  const logFile = path.join(dataDir, "api.log");
  const out = openSync(logFile, "a");
  const child = spawn(process.execPath, [path.join(dist, "start.js"), "--api-only"], { cwd: repoRoot, env, stdio: ["ignore", out, out] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = () => readFileSync(logFile, "utf8");
  let stopping = false;
  child.once("exit", (code, signal) => {
    // A crash would otherwise show up only as ECONNREFUSED in whichever test came next.
    if (!stopping) process.stderr.write(`\nThe API process exited unexpectedly (code ${code}, signal ${signal}). Last log lines:\n${log().slice(-3000)}\n`);
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    // Retries: a process that has just exited may still have a file being closed in it.
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error("exited");
        return (await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) })).ok;
      },
      STARTUP_TIMEOUT_MS,
      "the API to be ready",
    );
  } catch (error) {
    const output = log();
    await stop();
    throw new Error(`The API did not start (${(error as Error).message}). Its log:\n${output.slice(-4000)}`);
  }
  const signal = (name: NodeJS.Signals) => {
    stopping = true;
    child.kill(name);
  };
  return { baseUrl, url: `${baseUrl}/graphql`, keys, dataDir, pgliteDir, logFile, child, log, exited, signal, stop };
}

export interface GraphQLReply {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[]; extensions?: Record<string, any> };
}

/** POSTs a GraphQL request; `accept` defaults to the GraphQL-over-HTTP media type (4xx on request errors). */
export async function graphql(
  url: string,
  request: { query?: string; variables?: unknown; operationName?: string; extensions?: unknown },
  options: { key?: string; accept?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLReply> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: options.accept ?? "application/graphql-response+json, application/json;q=0.9",
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: GraphQLReply["body"];
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  return { status: response.status, headers: response.headers, text, body };
}

export const codesOf = (reply: GraphQLReply) => (reply.body.errors ?? []).map((error) => error.extensions?.code);
