import { createHash } from "node:crypto";
import type { PGliteWorkerClient } from "./pglite-client";
import type { RequestBudget } from "./request-budget";
import { types as pgTypes, type Pool } from "pg";
import { roundTripBatcher } from "./pg-round-trips";

/**
 * The read path's way to the database: hand-shaped SQL sent straight to the driver. Prisma's query
 * compiler and client cost more CPU per request than the queries themselves (issue #9 profile: 38%),
 * so reads skip it; writes keep Prisma. On PostgreSQL each statement is a named prepared statement,
 * parsed and planned once per connection.
 */
export interface SqlReader {
  /** Runs one statement; `name` identifies its text (a prepared statement on PostgreSQL). */
  query<Row>(statement: SqlStatement, values: readonly unknown[], budget?: RequestBudget): Promise<Row[]>;
}

export interface SqlStatement {
  name: string;
  text: string;
}

/** Declares a statement once, at module load: the name is what PostgreSQL prepares it under. */
export function sql(name: string, text: string): SqlStatement {
  return { name, text: text.replace(/\s+/g, " ").trim() };
}

/** Parameters of a statement built from parts: each value added returns its placeholder. */
export class SqlParams {
  readonly values: unknown[] = [];
  /** Adds a value and returns its placeholder. */
  add(value: unknown, cast = ""): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** Named statement for a dynamically shaped text: the name is a digest of the text. */
export function shapedStatement(prefix: string, text: string): SqlStatement {
  const digest = createHash("sha1").update(text).digest("base64url").slice(0, 16);
  return sql(`${prefix}_${digest}`, text);
}

export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
}

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

/** Calendar dates are UTC midnights everywhere in Orchard; counts and numerics become numbers. */
const parseDate = (value: string) => new Date(`${value}T00:00:00Z`);
const parseNumber = (value: string) => Number(value);

/** The same reader, counting each statement into `counter` (a request's statement count). */
export function countingReader(reader: SqlReader, counter: { count: number }): SqlReader {
  return {
    query(statement, values, budget) {
      counter.count += 1;
      return reader.query(statement, values, budget);
    },
  };
}

export function pgReader(pool: Pool): SqlReader {
  const parsers: Record<number, (value: string) => unknown> = { [OID.INT8]: parseNumber, [OID.NUMERIC]: parseNumber, [OID.DATE]: parseDate };
  // pg asks this for every column of every result; unknown types keep pg's own (text) handling.
  const types = {
    getTypeParser: (oid: number) => parsers[oid] ?? pgTypes.getTypeParser(oid, "text"),
  };
  const single = async (statement: SqlStatement, values: readonly unknown[]): Promise<unknown[]> =>
    (await pool.query<Record<string, unknown>>({ name: statement.name, text: statement.text, values: values as unknown[], types })).rows;
  const batcher = roundTripBatcher({ pool, types, single });
  return {
    // A request's statements (those with a budget) share round trips; others go alone.
    async query<Row>(statement: SqlStatement, values: readonly unknown[], budget?: RequestBudget) {
      return (await (budget ? batcher.query(statement, values, budget) : single(statement, values))) as Row[];
    },
  };
}

export function pgliteReader(pglite: PGliteWorkerClient): SqlReader {
  const parsers = { [OID.INT8]: parseNumber, [OID.NUMERIC]: parseNumber, [OID.DATE]: parseDate };
  return {
    async query<Row>(statement: SqlStatement, values: readonly unknown[], budget?: RequestBudget) {
      const result = await pglite.query<Row>(statement.text, values as unknown[], { parsers, budget });
      return result.rows;
    },
  };
}
