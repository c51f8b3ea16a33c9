import path from "node:path";
import cluster, { type Worker } from "node:cluster";
import { databaseOptions, type AppConfig } from "../config";
import { createDatabase } from "../db/prisma";
import { logReplicaChanges } from "../db/replica-set";
import type { Logger } from "../logger";
import { startApiServer } from "../server";

/**
 * Several API processes behind one port (node:cluster, API_WORKERS on PostgreSQL). The primary has
 * migrated and seeded before it forks; each worker opens its own pool and serves. What they share
 * lives in PostgreSQL: rate-limit buckets, the subscription feed (LISTEN/NOTIFY), the response
 * cache's data version and webhook leases.
 */

interface ReadyMessage {
  type: "orchard-api-ready";
  url: string;
}

function isReady(message: unknown): message is ReadyMessage {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "orchard-api-ready";
}

export interface ApiWorkers {
  /** The API's URL (every worker listens on the same port). */
  url: string;
  /** Asks every worker to stop gracefully; resolves true when all exited with 0. */
  stop(): Promise<boolean>;
  /** Kills every worker at once (a second signal, a shutdown past its grace period). */
  kill(): void;
}

/** Primary: forks `count` workers and resolves once all of them listen; rejects if one dies first. */
export async function forkApiWorkers(options: { count: number; env: Record<string, string>; logger: Logger }): Promise<ApiWorkers> {
  const { logger } = options;
  // Workers run this script's start.js by path: the primary may have been started without one
  // (`node -e "require(…)"`, as the benchmarks do), and a worker needs none of its arguments.
  cluster.setupPrimary({ exec: path.join(__dirname, "start.js"), args: [] });
  const workers = new Set<Worker>();
  let stopping = false;
  let url = "";

  const fork = () =>
    new Promise<void>((resolve, reject) => {
      const worker = cluster.fork(options.env);
      workers.add(worker);
      let ready = false;
      worker.on("message", (message: unknown) => {
        if (!isReady(message)) return;
        ready = true;
        url = message.url;
        resolve();
      });
      worker.once("exit", (code, signal) => {
        workers.delete(worker);
        if (stopping) return;
        if (!ready) return reject(new Error(`API worker ${worker.process.pid} exited while starting (code ${code}, signal ${signal})`));
        // A worker that crashed while serving is replaced; the others went on serving meanwhile.
        logger.error({ pid: worker.process.pid, code, signal }, "API worker exited: starting another");
        fork().catch((error: unknown) => logger.error({ err: error }, "could not replace an API worker"));
      });
    });

  const kill = () => {
    for (const worker of workers) worker.process.kill("SIGKILL");
  };
  try {
    await Promise.all(Array.from({ length: options.count }, fork));
  } catch (error) {
    stopping = true;
    kill();
    throw error;
  }
  return {
    url,
    kill,
    async stop() {
      stopping = true;
      const exits = [...workers].map(
        (worker) =>
          new Promise<boolean>((resolve) => {
            if (worker.process.exitCode !== null) return resolve(worker.process.exitCode === 0);
            worker.process.once("exit", (code) => resolve(code === 0));
            worker.process.kill("SIGTERM");
          }),
      );
      return (await Promise.all(exits)).every(Boolean);
    },
  };
}

/**
 * Worker: serves the API on the shared port until SIGINT or SIGTERM (from the primary, or from the
 * terminal's Ctrl-C, which reaches every process of the group: a repeat is not a second signal here,
 * the primary decides when to give up waiting). Exits 0 once stopped.
 */
export async function runApiWorker(options: { config: AppConfig; logger: Logger }): Promise<void> {
  const { config } = options;
  const logger = options.logger.child({ worker: cluster.worker?.id });
  const db = await createDatabase(databaseOptions(config, logReplicaChanges(logger)));
  const api = await startApiServer({ config, db, logger });
  process.send?.({ type: "orchard-api-ready", url: api.url } satisfies ReadyMessage);

  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "shutting down: finishing requests in flight");
    setTimeout(() => {
      logger.error("shutdown did not finish in time: exiting");
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + 10_000).unref();
    try {
      await api.stop();
      await db.close();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", (signal) => void shutdown(signal));
  process.on("SIGTERM", (signal) => void shutdown(signal));
  // The primary is gone (killed): a worker left alone would hold the port with nobody to stop it.
  process.on("disconnect", () => void shutdown("primary exited"));
}
