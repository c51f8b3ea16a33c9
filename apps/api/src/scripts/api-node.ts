import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { AppConfig } from "../config";

/** Set in the re-executed process, so it never re-executes again. */
const MARKER = "ORCHARD_API_NODE_CHILD";

/**
 * The Node binary `npm start` should re-run itself under, or null to stay. Only on PostgreSQL: the
 * embedded PGlite's WebAssembly can crash while starting under Node 22–26 (nodejs/node#64500), so
 * the default database keeps the Node it was started with. Null too when already on that Node or
 * when the binary is missing (an install without it still runs, on the current Node).
 */
export function apiNodeBinary(config: Pick<AppConfig, "API_NODE" | "DATABASE_URL">, env: NodeJS.ProcessEnv): string | null {
  if (config.API_NODE === "current" || !config.DATABASE_URL || env[MARKER]) return null;
  if (Number(process.versions.node.split(".")[0]) >= 24) return null;
  let binary: string;
  try {
    binary = path.join(path.dirname(require.resolve("node24/package.json")), "bin", "node");
  } catch {
    return null;
  }
  return fs.existsSync(binary) ? binary : null;
}

/**
 * Runs this same start script under `binary` and mirrors it: the same arguments, environment and
 * terminal; SIGINT and SIGTERM passed on; its exit code becomes ours. The child runs in its own
 * process group, so a Ctrl-C reaches it once (through us), not twice (which means "exit at once").
 * It watches the IPC channel and stops if this process dies without passing a signal on.
 */
export function runUnder(binary: string, args: string[]): void {
  const child = spawn(binary, [path.join(__dirname, "start.js"), ...args], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, [MARKER]: "1" },
    detached: true,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on("error", (error) => {
    console.error(`could not start the API under ${binary}: ${error.message}`);
    process.exit(1);
  });
}

/** In the re-executed process: stop as if signalled when the process that started it is gone. */
export function followParent(onOrphaned: () => void, env: NodeJS.ProcessEnv): void {
  if (env[MARKER] && process.send) process.once("disconnect", onOrphaned);
}
