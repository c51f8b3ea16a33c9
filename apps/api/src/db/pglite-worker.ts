/**
 * The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs queries
 * synchronously on the thread that owns it, so it lives here, and the API's event loop only posts
 * messages (see pglite-client.ts). Queries go through pglite-prisma-adapter, so Prisma sees exactly
 * the rows and column types it would see in-process.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";
import type { WorkerReply, WorkerRequest } from "./pglite-protocol";

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("pglite-worker.ts runs as a worker thread");
  const { dir } = workerData as { dir: string };
  // relaxedDurability: flush the data directory after each query without awaiting it (8× faster
  // reads measured here: 2.2 → 0.27 ms per query); close() still waits for the final flush.
  const pglite = new PGlite(dir, { extensions: { pg_trgm }, relaxedDurability: true });
  let adapter: SqlDriverAdapter;
  try {
    await pglite.waitReady;
    adapter = await new PrismaPGlite(pglite).connect();
  } catch (error) {
    port.postMessage({ id: 0, ok: false, error: serializeError(error) } satisfies WorkerReply);
    return;
  }
  const transactions = new Map<number, Transaction>();

  const queryable = (tx: number | undefined) => {
    if (tx === undefined) return adapter;
    const transaction = transactions.get(tx);
    if (!transaction) throw new Error(`Transaction ${tx} is not open`);
    return transaction;
  };

  async function handle(request: WorkerRequest): Promise<unknown> {
    switch (request.op) {
      case "queryRaw":
        return queryable(request.tx).queryRaw(request.query);
      case "executeRaw":
        return queryable(request.tx).executeRaw(request.query);
      case "query": {
        const asText = Object.fromEntries(request.textOids.map((oid) => [oid, (value: string) => value]));
        const result = await pglite.query(request.sql, request.params, { parsers: asText });
        return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
      }
      case "exec":
        await pglite.exec(request.sql);
        return null;
      case "begin": {
        const transaction = await adapter.startTransaction(request.isolationLevel);
        transactions.set(request.tx, transaction);
        return transaction.options;
      }
      case "commit":
      case "rollback": {
        const transaction = queryable(request.tx) as Transaction;
        transactions.delete(request.tx);
        await (request.op === "commit" ? transaction.commit() : transaction.rollback());
        return null;
      }
      case "close":
        await pglite.close();
        return null;
    }
  }

  port.on("message", (request: WorkerRequest) => {
    handle(request).then(
      (value) => port.postMessage({ id: request.id, ok: true, value } satisfies WorkerReply),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, error: serializeError(error) } satisfies WorkerReply),
    );
  });
  port.postMessage({ id: 0, ok: true, value: null } satisfies WorkerReply);
}

/** Errors cross the thread boundary as plain data; a DriverAdapterError keeps its `cause` (what Prisma reads). */
function serializeError(error: unknown): { name: string; message: string; cause?: unknown } {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return { name: error.name, message: error.message, ...(cause && typeof cause === "object" ? { cause: structuredClone(cause) } : {}) };
  }
  return { name: "Error", message: String(error) };
}

void main();
