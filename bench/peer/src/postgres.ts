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
  stop: () => Promise<void>;
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
 * A throwaway PostgreSQL cluster in a temporary folder: its own port, its unix socket in that
 * folder, pg_stat_statements preloaded, durability off (a benchmark, not a store). `stop()` shuts
 * it down and deletes the folder.
 */
export async function startPrivatePostgres(options: { binDir: string }): Promise<PostgresHandle> {
  const bin = (name: string) => path.join(options.binDir, name);
  if (!fs.existsSync(bin("initdb")))
    throw new Error(`no PostgreSQL binaries in ${options.binDir} (apt-get install -y postgresql, or set BENCH_POSTGRES_BIN, or DATABASE_URL)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-peer-pg-"));
  const dataDir = path.join(dir, "data");
  const socketDir = path.join(dir, "socket");
  fs.mkdirSync(socketDir);
  if (process.getuid?.() === 0) await run("chown", ["-R", "postgres:postgres", dir]);
  const port = await freePort();
  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await runAsOwner(bin("pg_ctl"), ["stop", "-D", dataDir, "-m", "fast", "-w"]).catch(() => undefined);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await runAsOwner(bin("initdb"), ["-D", dataDir, "-U", "orchard", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
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
    ].join(" ");
    started = true;
    await runAsOwner(bin("pg_ctl"), ["start", "-D", dataDir, "-w", "-l", path.join(dir, "postgres.log"), "-o", settings]);
    const adminUrl = `postgresql://orchard@localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE orchard");
    await admin.end();
    return {
      url: `postgresql://orchard@localhost:${port}/orchard?host=${encodeURIComponent(socketDir)}`,
      describe: `private PostgreSQL 15 on ${socketDir} (port ${port})`,
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
