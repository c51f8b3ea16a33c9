import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export interface PostgresHandle {
  /** Connection string for Orchard, PostGraphile and the floor. */
  url: string;
  describe: string;
  /** The server's log file (private clusters only): slow-statement lines when log_min_duration_statement is set. */
  logFile?: string;
  stop: () => Promise<void>;
}

export interface PrivatePostgresOptions {
  binDir: string;
  /**
   * A folder that outlives the run (bench:scale's corpus): initdb only when it holds no cluster yet,
   * and left in place by `stop()`. A temporary folder, deleted at the end, when unset.
   */
  dir?: string;
  /** Extra `-c name=value` server settings, after (so overriding) the defaults below. */
  settings?: string[];
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root: then the cluster is owned by the `postgres` system user and
 * its commands run through runuser.
 */
function asClusterOwner(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

async function runAsOwner(command: string, args: string[]): Promise<void> {
  const [file, argv] = asClusterOwner(command, args);
  try {
    await run(file, argv, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${path.basename(command)} failed: ${failure.stderr || failure.stdout || failure.message}`);
  }
}

/**
 * A PostgreSQL cluster of its own: its own port, its unix socket in its folder, pg_stat_statements
 * preloaded, durability off (a benchmark, not a store). By default a throwaway cluster in a temporary
 * folder that `stop()` shuts down and deletes; with `dir`, a kept one that `stop()` only shuts down.
 */
export async function startPrivatePostgres(options: PrivatePostgresOptions): Promise<PostgresHandle> {
  const bin = (name: string) => path.join(options.binDir, name);
  if (!fs.existsSync(bin("initdb"))) throw new Error(`no PostgreSQL binaries in ${options.binDir} (apt-get install -y postgresql, or set BENCH_POSTGRES_BIN, or DATABASE_URL)`);
  const kept = options.dir !== undefined;
  const dir = kept ? path.resolve(options.dir!) : fs.mkdtempSync(path.join(os.tmpdir(), "orchard-peer-pg-"));
  const dataDir = path.join(dir, "data");
  const socketDir = path.join(dir, "socket");
  const logFile = path.join(dir, "postgres.log");
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  fs.mkdirSync(socketDir, { recursive: true });
  if (process.getuid?.() === 0) await run("chown", ["-R", "postgres:postgres", dir]);
  const port = await freePort();
  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await runAsOwner(bin("pg_ctl"), ["stop", "-D", dataDir, "-m", "fast", "-w"]).catch(() => undefined);
    }
    if (!kept) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (fresh) await runAsOwner(bin("initdb"), ["-D", dataDir, "-U", "orchard", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    const settings = [
      `-p ${port}`,
      `-k ${socketDir}`,
      "-c listen_addresses=''",
      "-c shared_preload_libraries=pg_stat_statements",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
      "-c shared_buffers=128MB",
      "-c timezone=UTC",
      ...(options.settings ?? []).map((setting) => `-c ${setting}`),
    ].join(" ");
    started = true;
    await runAsOwner(bin("pg_ctl"), ["start", "-D", dataDir, "-w", "-l", logFile, "-o", settings]);
    const adminUrl = `postgresql://orchard@localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'orchard'");
    if (exists.rowCount === 0) await admin.query("CREATE DATABASE orchard");
    await admin.end();
    return {
      url: `postgresql://orchard@localhost:${port}/orchard?host=${encodeURIComponent(socketDir)}`,
      describe: `private PostgreSQL 15 in ${kept ? dir : socketDir} (port ${port})`,
      logFile,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** An existing database given by DATABASE_URL: left running at the end. */
export function externalPostgres(url: string): PostgresHandle {
  const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  return { url, describe: `PostgreSQL at ${safe} (DATABASE_URL)`, stop: async () => undefined };
}
