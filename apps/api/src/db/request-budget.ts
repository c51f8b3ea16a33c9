import type { SqlReader } from "./sql-reader";

/**
 * The time budget of one request: read statements it sends after `deadline` are refused before
 * they reach the database. It is also the unit of fairness of the embedded database's queue
 * (pglite-client.ts): each budget gets its turn. Passed explicitly (budgetedReader), not through
 * AsyncLocalStorage, whose promise hooks would cost every request CPU.
 */
export interface RequestBudget {
  /** Epoch milliseconds. */
  deadline: number;
  /** The budget in milliseconds, for error messages. */
  ms: number;
  /** Set when the client hung up: nothing more is worth computing for it. */
  abandoned?: boolean;
}

export function budgetOf(ms: number): RequestBudget {
  return { deadline: Date.now() + ms, ms };
}

/** Thrown instead of running a statement once the request's time is up; `code` is the GraphQL error code. */
export class QueryTimeoutError extends Error {
  readonly code = "QUERY_TIMEOUT";
  constructor(budgetMs: number) {
    super(`The request ran out of its ${budgetMs} ms time budget: ask for less (fewer aliases, smaller pages).`);
    this.name = "QueryTimeoutError";
  }
}

/** The client went away before its answer: statements not yet sent are dropped, queued ones too. */
export function abandon(budget: RequestBudget): void {
  budget.abandoned = true;
  budget.deadline = 0;
}

export class RequestAbandonedError extends Error {
  readonly code = "CLIENT_CLOSED_REQUEST";
  constructor() {
    super("The client closed the connection before the answer was ready.");
    this.name = "RequestAbandonedError";
  }
}

/** A request's reader: refuses statements past its deadline, and hands the budget on (PGlite's fair queue). */
export function budgetedReader(reader: SqlReader, budget: RequestBudget): SqlReader {
  return {
    async query(statement, values) {
      if (budget.abandoned) throw new RequestAbandonedError();
      if (Date.now() > budget.deadline) throw new QueryTimeoutError(budget.ms);
      return reader.query(statement, values, budget);
    },
  };
}
