import fs from "node:fs";
import pg from "pg";

/**
 * Slow statements from the server's log (log_min_duration_statement, with log_line_prefix
 * '%m [%p] %d '): grouped by text per database, with the parameters of the slowest run, then
 * EXPLAIN (ANALYZE, BUFFERS) of that run with its parameters written in as literals.
 */
export interface SlowStatement {
  database: string;
  text: string;
  count: number;
  totalMs: number;
  maxMs: number;
  /** Parameters of the slowest run: $n → SQL literal. */
  parameters: Map<number, string>;
}

const PREFIX = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):\s+(.*)$/;
const DURATION = /^duration: ([\d.]+) ms\s+(?:execute [^:]*|statement|parse [^:]*|bind [^:]*): (.*)$/;
const PARAMETER = /\$(\d+) = (NULL|'(?:[^']|'')*')/g;

interface Entry {
  pid: string;
  database: string;
  ms: number;
  text: string;
  parameters: string;
  /** Which part the continuation lines extend. */
  last: "text" | "parameters";
}

/** The log's text from `offset` on. */
export function readLogFrom(file: string, offset: number): string {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    fs.readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

export function parseSlowLog(log: string): SlowStatement[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  for (const line of log.split("\n")) {
    const prefixed = PREFIX.exec(line);
    if (!prefixed) {
      if (current && line.startsWith("\t")) current[current.last] += ` ${line.trim()}`;
      continue;
    }
    const [, pid, database, level, message] = prefixed;
    const duration = level === "LOG" ? DURATION.exec(message) : null;
    if (duration) {
      current = { pid, database, ms: Number(duration[1]), text: duration[2], parameters: "", last: "text" };
      entries.push(current);
    } else if (level === "DETAIL" && current && current.pid === pid && message.startsWith("parameters: ")) {
      current.parameters = message.slice("parameters: ".length);
      current.last = "parameters";
    } else {
      current = null;
    }
  }
  const groups = new Map<string, SlowStatement>();
  for (const entry of entries) {
    const text = entry.text.replace(/\s+/g, " ").trim();
    const key = `${entry.database}\u0000${text}`;
    const group = groups.get(key) ?? { database: entry.database, text, count: 0, totalMs: 0, maxMs: 0, parameters: new Map() };
    group.count += 1;
    group.totalMs += entry.ms;
    if (entry.ms >= group.maxMs) {
      group.maxMs = entry.ms;
      group.parameters = new Map([...entry.parameters.matchAll(PARAMETER)].map((match) => [Number(match[1]), match[2]]));
    }
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.totalMs - a.totalMs);
}

/** The statement with its parameters as literals ($10 before $1). */
export function withLiterals(text: string, parameters: Map<number, string>): string {
  return text.replace(/\$(\d+)(?!\d)/g, (placeholder, number: string) => parameters.get(Number(number)) ?? placeholder);
}

/** EXPLAIN (ANALYZE, BUFFERS) of the slowest run, as text lines (or the error). */
export async function explainSlowest(databaseUrl: string, statement: SlowStatement): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET statement_timeout = '300s'");
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${withLiterals(statement.text, statement.parameters)}`);
    return result.rows.map((row) => row["QUERY PLAN"]);
  } catch (error) {
    return [`(EXPLAIN failed: ${(error as Error).message})`];
  } finally {
    await client.end();
  }
}
