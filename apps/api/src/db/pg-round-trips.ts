import { createHash } from "node:crypto";
import { escapeIdentifier, escapeLiteral, type Pool, type PoolClient, type QueryResult } from "pg";
import { prepareValue } from "pg/lib/utils";
import type { RequestBudget } from "./request-budget";
import type { SqlStatement } from "./sql-reader";

/**
 * One round trip for the statements a request sends in the same turn of the event loop. Each level
 * of a GraphQL selection dispatches its loaders together (a model page: aliases, lineage, events,
 * the expected release…), and every statement sent alone costs a socket write and a wake-up of the
 * server process: on this machine's virtualised network about as much CPU as the rest of the
 * statement (issue #9 profile: writes were 40% of the API's busy time). node-postgres sends one
 * query at a time, so the level goes as one simple-protocol message of `EXECUTE`s of statements
 * prepared once per connection: the same plans, parameters and text-format rows as the extended
 * protocol, in one write and one reply.
 */

/** Parses rows as the reader does for single statements. */
export interface RowTypes {
  getTypeParser: (oid: number) => (value: string) => unknown;
}

interface Queued {
  statement: SqlStatement;
  values: readonly unknown[];
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

/** SQL-level names, apart from node-postgres' protocol-level ones (same namespace on the server). */
const sqlNames = new Map<string, string>();
function sqlNameOf(statement: SqlStatement): string {
  let name = sqlNames.get(statement.name);
  if (!name) {
    // A digest: identifiers are cut at 63 bytes, and two long statement names must not meet there.
    name = `rt_${createHash("sha1").update(statement.name).update("\0").update(statement.text).digest("hex").slice(0, 24)}`;
    sqlNames.set(statement.name, name);
  }
  return name;
}

/** A parameter as the extended protocol would send it (pg's own conversion), as an SQL literal. */
function literal(value: unknown): string {
  const prepared = prepareValue(value);
  return prepared == null ? "NULL" : escapeLiteral(String(prepared));
}

/**
 * Errors no statement of the message would escape if it ran alone: its time is up (statement_timeout,
 * or a cancel), or the connection or server went away. Running each statement again would only
 * spend the request's budget a second time, so they all get the error as it is.
 */
function failsTheWholeMessage(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code !== "string" || code === "57014" || code.startsWith("57P") || code.startsWith("08");
}

/** Statements each connection has prepared at SQL level (a destroyed connection takes its set along). */
const preparedOn = new WeakMap<PoolClient, Set<string>>();

/** The message for `queued` on `client`, and which of its results answer which statement. */
function batchMessage(client: PoolClient, queued: readonly Queued[]): { text: string; prepares: string[]; answers: number[] } {
  const prepared = preparedOn.get(client) ?? new Set<string>();
  preparedOn.set(client, prepared);
  const parts: string[] = [];
  const prepares: string[] = [];
  const answers: number[] = [];
  for (const { statement, values } of queued) {
    const name = sqlNameOf(statement);
    if (!prepared.has(name) && !prepares.includes(name)) {
      parts.push(`PREPARE ${escapeIdentifier(name)} AS ${statement.text}`);
      prepares.push(name);
    }
    answers.push(parts.length);
    parts.push(`EXECUTE ${escapeIdentifier(name)}${values.length ? `(${values.map(literal).join(", ")})` : ""}`);
  }
  return { text: parts.join(";\n"), prepares, answers };
}

export function roundTripBatcher(options: { pool: Pool; types: RowTypes; single: (statement: SqlStatement, values: readonly unknown[]) => Promise<unknown[]> }) {
  const { pool, types, single } = options;
  const pending = new Map<RequestBudget, Queued[]>();

  async function sendTogether(queued: Queued[]): Promise<void> {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      // No connection (the server is down or restarting): every statement gets the error, as alone.
      for (const item of queued) item.reject(error);
      return;
    }
    let broken: Error | undefined;
    // A checked-out client has no error listener of the pool's, and pg emits an error that arrives
    // while no query is active (a server going down right after the answer, in the same packet,
    // before the await below resumes): unheard, it would crash the process. Heard, it only means
    // the connection is not given back to the pool.
    let lost: Error | undefined;
    const onError = (error: Error) => void (lost ??= error);
    client.on("error", onError);
    try {
      const { text, prepares, answers } = batchMessage(client, queued);
      // More than one statement: node-postgres answers with one result per statement, in order.
      const results = (await client.query({ text, types })) as unknown as QueryResult[];
      for (const name of prepares) preparedOn.get(client)!.add(name);
      queued.forEach((item, index) => item.resolve(results[answers[index]].rows));
    } catch (error) {
      // The message stopped at one statement; which one is unknown, and which PREPAREs took is too.
      // The connection is dropped (its prepared set with it), and each statement runs alone, so
      // each gets its own answer or error, as it would have without batching.
      broken = error as Error;
    } finally {
      client.removeListener("error", onError);
      client.release(broken ?? lost);
    }
    if (!broken) return;
    if (failsTheWholeMessage(broken)) for (const item of queued) item.reject(broken);
    else await Promise.all(queued.map((item) => single(item.statement, item.values).then(item.resolve, item.reject)));
  }

  function flush(budget: RequestBudget) {
    const queued = pending.get(budget)!;
    pending.delete(budget);
    if (queued.length === 1) {
      const [{ statement, values, resolve, reject }] = queued;
      single(statement, values).then(resolve, reject);
    } else {
      // sendTogether settles every statement itself, whatever happens: nothing to catch here.
      void sendTogether(queued);
    }
  }

  return {
    /** Queues a request's statement; the request's statements of this turn go together. */
    query(statement: SqlStatement, values: readonly unknown[], budget: RequestBudget): Promise<unknown[]> {
      return new Promise((resolve, reject) => {
        let queued = pending.get(budget);
        if (!queued) {
          pending.set(budget, (queued = []));
          // Loaders dispatch in setImmediate callbacks of this turn; an immediate queued now runs
          // only after all of them (the next turn's check phase), however the level began.
          setImmediate(() => setImmediate(() => flush(budget)));
        }
        queued.push({ statement, values, resolve, reject });
      });
    },
  };
}
