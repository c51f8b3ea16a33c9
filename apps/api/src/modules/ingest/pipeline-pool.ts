import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { AnalyzedDocument } from "@orchard/pipeline";
import type { LinkingInputs, LinkingSnapshot } from "./alias-matcher";

/** What analyzeDocument needs besides the linking index: plain data, sent to a worker thread. */
export interface AnalysisRequest {
  raw: string;
  format: "text" | "html";
  language?: string | null;
  publishedOn: string;
}

export type PipelineRequest = { kind: "index"; inputs: LinkingInputs } | { kind: "analyze"; id: number; document: AnalysisRequest };
export type PipelineReply = { id: number; ok: true; analysis: AnalyzedDocument } | { id: number; ok: false; message: string };

interface Task {
  id: number;
  snapshot: Pick<LinkingSnapshot, "signature" | "inputs">;
  document: AnalysisRequest;
  resolve(analysis: AnalyzedDocument): void;
  reject(error: Error): void;
}

interface PoolWorker {
  thread: Worker;
  /** The linking index signature the worker last compiled. */
  signature: string | null;
  inFlight: Map<number, Task>;
}

/** Documents handed to one worker at once: the next one is there when it finishes, the rest wait here for whichever worker frees first. */
const PER_WORKER_IN_FLIGHT = 2;

/**
 * The database-free pipeline on worker threads, so a batch of documents uses every core and the event
 * loop stays free for the database writes. Each worker compiles the linking index once and again only
 * when the snapshot it is asked to use has another signature (entities or aliases changed). Idle
 * workers do not keep the process alive.
 */
export class PipelinePool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;

  /** Starts the workers at once: loading the pipeline's modules takes a worker about a second, time better spent while the caller reads the linking index. */
  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
    this.pump();
  }

  analyze(snapshot: Pick<LinkingSnapshot, "signature" | "inputs">, documents: readonly AnalysisRequest[]): Promise<AnalyzedDocument[]> {
    const analyses = documents.map((document) => new Promise<AnalyzedDocument>((resolve, reject) => this.queue.push({ id: this.nextId++, snapshot, document, resolve, reject })));
    this.pump();
    return Promise.all(analyses);
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }

  private pump(): void {
    // A worker that died is replaced when there is work for it.
    while (this.workers.length < this.size && this.queue.length > 0) this.workers.push(this.spawn());
    for (const worker of this.workers) {
      while (worker.inFlight.size < PER_WORKER_IN_FLIGHT && this.queue.length > 0) this.send(worker, this.queue.shift() as Task);
      if (worker.inFlight.size > 0) worker.thread.ref();
      else worker.thread.unref();
    }
  }

  private send(worker: PoolWorker, task: Task): void {
    if (worker.signature !== task.snapshot.signature) {
      worker.thread.postMessage({ kind: "index", inputs: task.snapshot.inputs } satisfies PipelineRequest);
      worker.signature = task.snapshot.signature;
    }
    worker.inFlight.set(task.id, task);
    worker.thread.postMessage({ kind: "analyze", id: task.id, document: task.document } satisfies PipelineRequest);
  }

  private spawn(): PoolWorker {
    // Under jest the sources are TypeScript: the worker registers tsx's require hook first.
    const thread = __filename.endsWith(".ts")
      ? new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(path.join(__dirname, "pipeline-worker.ts"))});`, { eval: true })
      : new Worker(path.join(__dirname, "pipeline-worker.js"));
    const worker: PoolWorker = { thread, signature: null, inFlight: new Map() };
    thread.on("message", (reply: PipelineReply) => {
      const task = worker.inFlight.get(reply.id);
      if (!task) return;
      worker.inFlight.delete(reply.id);
      if (reply.ok) task.resolve(reply.analysis);
      else task.reject(new Error(`the pipeline failed on a document: ${reply.message}`));
      this.pump();
    });
    // A worker that dies takes its documents with it: they fail, and the next batch gets a new worker.
    const retire = (error: Error) => {
      const at = this.workers.indexOf(worker);
      if (at >= 0) this.workers.splice(at, 1);
      for (const task of worker.inFlight.values()) task.reject(error);
      worker.inFlight.clear();
      this.pump();
    };
    thread.on("error", retire);
    thread.on("exit", (code) => retire(new Error(`a pipeline worker thread exited (code ${code})`)));
    return worker;
  }
}

let shared: PipelinePool | undefined;

/** The process's pool, started on first use: one worker per core. */
export function sharedPipelinePool(): PipelinePool {
  shared ??= new PipelinePool(Math.max(1, os.availableParallelism()));
  return shared;
}
