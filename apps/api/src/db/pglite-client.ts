import path from "node:path";
import { Worker } from "node:worker_threads";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from "@prisma/driver-adapter-utils";
import { QueryTimeoutError, RequestAbandonedError, type RequestBudget } from "./request-budget";
import type { WorkerReply, WorkerRequest } from "./pglite-protocol";

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

interface Queued {
  request: Request;
  budget: RequestBudget | undefined;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Statements sent to the worker at once: two keep it busy while a reply travels back, and keep the
 * queue (where fairness is decided) on this side.
 */
const MAX_IN_FLIGHT = 2;

/** Work outside any request (start-up, the webhook worker) shares one turn. */
const BACKGROUND = Symbol("background");

/**
 * PGlite in a worker thread (pglite-worker.ts), so that a long statement never blocks the API's event
 * loop: `/healthz`, other requests' parsing and responses go on meanwhile. PGlite runs one statement
 * at a time, so statements wait here, in one queue per request budget, served in turn (round robin):
 * a heavy request with hundreds of statements queued does not make a light one wait for all of them.
 * A statement whose request has run out of time is refused instead of being sent. While a
 * transaction is open only its own statements are sent (PGlite holds a lock for it).
 */
export class PGliteWorkerClient {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void; op: Request["op"]; counted: boolean }>();
  private readonly queues = new Map<RequestBudget | typeof BACKGROUND, Queued[]>();
  private nextId = 1;
  private nextTx = 1;
  private inFlight = 0;
  private openTx: number | null = null;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: WorkerReply) => this.settle(reply));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`The embedded database's worker thread exited (code ${code})`)));
  }

  static async start(options: { dir: string }): Promise<PGliteWorkerClient> {
    const workerData = { dir: options.dir };
    // Under jest the sources are TypeScript: the worker registers tsx's require hook first.
    const worker = __filename.endsWith(".ts")
      ? new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(path.join(__dirname, "pglite-worker.ts"))});`, { eval: true, workerData })
      : new Worker(path.join(__dirname, "pglite-worker.js"), { workerData });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== 0) return;
        worker.off("message", onMessage);
        worker.off("error", reject);
        if (reply.ok) resolve();
        else reject(new Error(`Could not open the embedded database ${options.dir}: ${reply.error.message}`));
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
    });
    await ready;
    return new PGliteWorkerClient(worker);
  }

  /**
   * PGlite's own `query` (rows as objects), for hand-written SQL. `parsers` (by type OID) run here:
   * functions cannot cross to the worker, which sends those columns as text. `budget` places the
   * statement in its request's turn and refuses it once the request is out of time.
   */
  async query<T = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
    options: { parsers?: Record<number, (value: string) => unknown>; budget?: RequestBudget } = {},
  ): Promise<{ rows: T[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number }> {
    const textOids = options.parsers ? Object.keys(options.parsers).map(Number) : [];
    const result = (await this.enqueue({ op: "query", sql, params, textOids }, options.budget)) as {
      rows: Record<string, unknown>[];
      fields: { name: string; dataTypeID: number }[];
      affectedRows?: number;
    };
    const parsers = options.parsers;
    if (parsers) {
      const parsed = result.fields.filter((field) => parsers[field.dataTypeID]);
      for (const row of result.rows) for (const field of parsed) if (row[field.name] != null) row[field.name] = parsers[field.dataTypeID](row[field.name] as string);
    }
    return result as { rows: T[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
  }

  /** Runs a multi-statement script (migrations). */
  async exec(sql: string): Promise<void> {
    await this.enqueue({ op: "exec", sql });
  }

  /** A Prisma driver adapter whose statements run in the worker. */
  adapterFactory(): SqlDriverAdapterFactory {
    const adapter: SqlDriverAdapter = {
      provider: "postgres",
      adapterName: "pglite-worker",
      queryRaw: (query) => this.enqueue({ op: "queryRaw", query }) as Promise<SqlResultSet>,
      executeRaw: (query) => this.enqueue({ op: "executeRaw", query }) as Promise<number>,
      executeScript: (script) => this.exec(script),
      startTransaction: (isolationLevel) => this.begin(isolationLevel),
      getConnectionInfo: () => ({ supportsRelationJoins: true }),
      dispose: async () => undefined,
    };
    return { provider: "postgres", adapterName: "pglite-worker", connect: async () => adapter };
  }

  /** Flushes and closes PGlite, then ends the thread. */
  async close(): Promise<void> {
    if (!this.failure) await this.send({ op: "close" });
    this.failure ??= new Error("The embedded database is closed");
    await this.worker.terminate();
  }

  private async begin(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const tx = this.nextTx++;
    const options = (await this.enqueue({ op: "begin", tx, isolationLevel })) as TransactionOptions;
    const run = (request: Request) => this.send(request);
    return {
      provider: "postgres",
      adapterName: "pglite-worker",
      options,
      queryRaw: (query: SqlQuery) => run({ op: "queryRaw", query, tx }) as Promise<SqlResultSet>,
      executeRaw: (query: SqlQuery) => run({ op: "executeRaw", query, tx }) as Promise<number>,
      commit: async () => void (await run({ op: "commit", tx })),
      rollback: async () => void (await run({ op: "rollback", tx })),
    };
  }

  /** Queues a statement in its request's turn (statements without a budget share one). */
  private enqueue(request: Request, budget?: RequestBudget): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const key = budget ?? BACKGROUND;
      let queue = this.queues.get(key);
      if (!queue) this.queues.set(key, (queue = []));
      queue.push({ request, budget, resolve, reject });
      this.dispatch();
    });
  }

  /** Sends queued statements, one request's at a time in turn, while the worker has room. */
  private dispatch(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.openTx === null && this.queues.size) {
      // Maps iterate in insertion order: take the first queue's head, then move that queue to the back.
      const [key, queue] = this.queues.entries().next().value as [RequestBudget | typeof BACKGROUND, Queued[]];
      const item = queue.shift() as Queued;
      this.queues.delete(key);
      if (queue.length) this.queues.set(key, queue);
      if (item.budget && Date.now() > item.budget.deadline) {
        item.reject(item.budget.abandoned ? new RequestAbandonedError() : new QueryTimeoutError(item.budget.ms));
        continue;
      }
      if (item.request.op === "begin") this.openTx = item.request.tx;
      this.send(item.request).then(item.resolve, item.reject);
    }
  }

  private send(request: Request): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    // Statements of an open transaction and `close` bypass the queue, so they do not take its room.
    const counted = !("tx" in request && request.op !== "begin") && request.op !== "close";
    if (counted) this.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, op: request.op, counted });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (waiting.counted) this.inFlight--;
    // A failed BEGIN leaves no transaction open; COMMIT and ROLLBACK close it either way.
    if ((waiting.op === "begin" && !reply.ok) || waiting.op === "commit" || waiting.op === "rollback") this.openTx = null;
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(toError(reply.error));
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    for (const queue of this.queues.values()) for (const item of queue) item.reject(error);
    this.queues.clear();
  }
}

function toError(error: { name: string; message: string; cause?: unknown }): Error {
  if (error.name === "DriverAdapterError" && error.cause && typeof error.cause === "object")
    return new DriverAdapterError(error.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}
