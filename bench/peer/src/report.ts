import type { LoadResult } from "./load";
import type { SqlPerRequest } from "./sql-count";
import { fixed, median, ratio } from "./stats";

/** Medians over the rounds of one (contender, request, connections) cell. */
export interface CellSummary {
  contender: string;
  request: string;
  label: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  sql: SqlPerRequest;
}

export function summarise(cell: Omit<CellSummary, "requestsPerSecond" | "p50" | "p99" | "cpuMsPerRequest">, rounds: LoadResult[]): CellSummary {
  return {
    ...cell,
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    cpuMsPerRequest: median(rounds.map((r) => r.cpuMsPerRequest)),
  };
}

const COLUMNS: [string, number][] = [
  ["query", 38],
  ["conns", 5],
  ["contender", 12],
  ["req/s", 8],
  ["p50 ms", 8],
  ["p99 ms", 8],
  ["CPU ms/req", 10],
  ["SQL/req", 7],
  ["DB ms/req", 9],
];

function row(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 || i === 2 ? cell.padEnd(COLUMNS[i][1]) : cell.padStart(COLUMNS[i][1]))).join("  ");
}

/** The closed-loop table: one line per contender, grouped by query and connection count. */
export function formatClosedLoop(cells: CellSummary[]): string {
  const lines = [row(COLUMNS.map(([name]) => name))];
  let previous = "";
  for (const cell of cells) {
    const group = `${cell.label}@${cell.connections}`;
    lines.push(
      row([
        group === previous ? "" : cell.label,
        group === previous ? "" : String(cell.connections),
        cell.contender,
        fixed(cell.requestsPerSecond, 1),
        fixed(cell.p50, 1),
        fixed(cell.p99, 1),
        fixed(cell.cpuMsPerRequest, 2),
        fixed(cell.sql.statements, 1),
        fixed(cell.sql.execMs, 2),
      ]),
    );
    previous = group;
  }
  return lines.join("\n");
}

export interface OpenLoopResult {
  contender: string;
  request: string;
  label: string;
  achieved: number;
  p50: number;
  p99: number;
}

/** The open-loop table: p99 (and p50, achieved rate) per query and contender at a fixed offered rate. */
export function formatOpenLoop(results: OpenLoopResult[], contenders: string[]): string {
  const labels = [...new Set(results.map((r) => r.label))];
  const header = ["query".padEnd(38), ...contenders.map((name) => `${name} p99 (p50) ms`.padStart(24))].join("  ");
  const lines = labels.map((label) =>
    [
      label.padEnd(38),
      ...contenders.map((name) => {
        const r = results.find((candidate) => candidate.label === label && candidate.contender === name);
        return (r ? `${fixed(r.p99, 1)} (${fixed(r.p50, 1)}) @${fixed(r.achieved, 0)}/s` : "—").padStart(24);
      }),
    ].join("  "),
  );
  return [header, ...lines].join("\n");
}

/** The one closing line: Orchard ÷ PostGraphile and Orchard ÷ floor in req/s, per query and connection count. */
export function ratioLine(cells: CellSummary[], names = { orchard: "Orchard", peer: "PostGraphile", floor: "floor" }): string {
  const pick = (contender: string, request: string, connections: number) =>
    cells.find((c) => c.contender === contender && c.request === request && c.connections === connections)?.requestsPerSecond ?? Number.NaN;
  const keys = [...new Map(cells.map((c) => [`${c.request}@${c.connections}`, c])).values()];
  const parts = keys.map((c) => {
    const orchard = pick(names.orchard, c.request, c.connections);
    return `${c.request}@${c.connections} ${fixed(ratio(orchard, pick(names.peer, c.request, c.connections)), 2)}/${fixed(ratio(orchard, pick(names.floor, c.request, c.connections)), 2)}`;
  });
  return `ratios req/s ${names.orchard}÷${names.peer}/${names.orchard}÷${names.floor}: ${parts.join(" · ")}`;
}
