/**
 * A streaming replica of the PostgreSQL server in a URL, as a throwaway cluster: `pg_basebackup -R`
 * into a temporary directory, then `postgres` on a free port. PostgreSQL refuses to run as root, so
 * as root (CI) every command runs as the `postgres` OS user, who owns the directory. The binaries
 * are the newest of /usr/lib/postgresql/<version>/bin (Debian), or PG_BIN.
 */
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { freePort } from "./api-process";

const run = promisify(execFile);

export interface ReplicaCluster {
  /** The primary's URL with the replica's port: same role, password and database. */
  url(database: string): string;
  port: number;
  /** Stops it at once, the way a crash would (connections are cut, nothing is flushed). */
  kill(): Promise<void>;
  /** Kills it if still running and deletes its directory. */
  remove(): Promise<void>;
}

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  if (!versions.length) throw new Error("No PostgreSQL binaries in /usr/lib/postgresql: set PG_BIN");
  return path.join(root, versions[versions.length - 1], "bin");
}

/** Runs a PostgreSQL program as the cluster's owner: `postgres` when we are root, ourselves otherwise. */
function asOwner(program: string, args: string[], env: Record<string, string> = {}) {
  const binary = path.join(binDir(), program);
  const envArgs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  if (userInfo().uid === 0) return run("runuser", ["-u", "postgres", "--", "env", ...envArgs, binary, ...args]);
  return run(binary, args, { env: { ...process.env, ...env } });
}

/** Standby settings that must be at least the primary's, or the standby refuses to start. */
const COPIED_SETTINGS = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction"];

export async function startReplica(primaryUrl: string): Promise<ReplicaCluster> {
  const primary = new URL(primaryUrl);
  const dir = mkdtempSync(path.join(tmpdir(), "orchard-replica-"));
  const data = path.join(dir, "data");
  if (userInfo().uid === 0) chownSync(dir, Number((await run("id", ["-u", "postgres"])).stdout.trim()), Number((await run("id", ["-g", "postgres"])).stdout.trim()));
  const admin = new Client({ connectionString: primaryUrl });
  await admin.connect();
  const settings = (await admin.query<{ name: string; setting: string }>(`SELECT name, setting FROM pg_settings WHERE name = ANY($1)`, [COPIED_SETTINGS])).rows;
  await admin.end();
  const port = await freePort();
  let running = false;
  const kill = async () => {
    if (!running) return;
    running = false;
    await asOwner("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  };
  try {
    // -R writes standby.signal and primary_conninfo (with the password) into the copy.
    await asOwner(
      "pg_basebackup",
      ["-h", primary.hostname, "-p", primary.port || "5432", "-U", decodeURIComponent(primary.username), "-D", data, "-R", "-X", "stream", "-c", "fast"],
      {
        PGPASSWORD: decodeURIComponent(primary.password),
      },
    );
    // Debian keeps postgresql.conf and pg_hba.conf outside the data directory: the copy has none.
    const conf = [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      "hot_standby = on",
      ...settings.map((row) => `${row.name} = ${row.setting}`),
    ];
    writeFileSync(path.join(data, "postgresql.conf"), `${conf.join("\n")}\n`);
    writeFileSync(path.join(data, "pg_hba.conf"), "host all all 127.0.0.1/32 scram-sha-256\n");
    if (userInfo().uid === 0) await run("chown", ["postgres:postgres", path.join(data, "postgresql.conf"), path.join(data, "pg_hba.conf")]);
    await asOwner("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "start"]);
    running = true;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    url(database) {
      const url = new URL(primaryUrl);
      url.port = String(port);
      url.pathname = `/${database}`;
      return url.toString();
    },
    kill,
    async remove() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
