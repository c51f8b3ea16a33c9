import type { DeepCursor } from "./deep-page";
import type { ExportResult } from "./export-run";
import type { LoadCell, SequentialResult } from "./measure";
import type { ScaleRequest } from "./requests";
import type { SlowStatement } from "./slow-statements";

/** bench:scale's tables: each query on the seed-only database and on the corpus, one line each. */
export interface Measured {
  sequential: SequentialResult;
  load: LoadCell[];
}

export type Side = "seed" | "corpus";

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
const kb = (bytes: number) => (bytes >= 10_240 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024).toFixed(1)} KB`);

/** Columns a terminal gives the text: CJK, kana, hangul and fullwidth forms take two. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const displayWidth = (text: string) => text.length + (text.match(WIDE)?.length ?? 0);

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => {
      const padding = " ".repeat(Math.max(0, widths[i] - displayWidth(cell)));
      return i < 2 ? cell + padding : padding + cell;
    })
    .join("  ")
    .trimEnd();
}

export function formatQueries(requests: ScaleRequest[], results: Record<Side, Map<string, Measured>>, connections: number[], labels: Record<Side, string>): string {
  const header = ["query", "db", "seq p50", "seq p99", ...connections.flatMap((c) => [`req/s@${c}`, `p99@${c}`]), "answer", "÷seed p50", "target"];
  const widths = [40, 8, 8, 8, ...connections.flatMap(() => [9, 8]), 8, 11, 22];
  const lines = [row(header, widths)];
  for (const request of requests) {
    for (const side of ["seed", "corpus"] as const) {
      const measured = results[side].get(request.name);
      if (!measured) continue;
      const { sequential } = measured;
      const errors = Object.entries(sequential.errors)
        .map(([code, count]) => `${code}×${count}`)
        .join(" ");
      const cells = [
        side === "seed" ? request.label : "",
        labels[side],
        fixed(sequential.p50),
        fixed(sequential.p99),
        ...connections.flatMap((c) => {
          const cell = measured.load.find((load) => load.connections === c);
          if (!cell) return ["—", "—"];
          const failures = cell.failures ? `!${cell.failures}` : "";
          return [`${fixed(cell.requestsPerSecond)}${failures}`, fixed(cell.p99, 0)];
        }),
        kb(sequential.bytes),
        side === "corpus" ? ratioCell(results.seed.get(request.name), measured) : "",
        side === "corpus" ? targetCell(request, measured) : "",
      ];
      lines.push(row(cells, widths) + (errors ? `   errors: ${errors}` : ""));
    }
  }
  return lines.join("\n");
}

function ratioCell(seed: Measured | undefined, corpus: Measured): string {
  if (!seed || !Number.isFinite(seed.sequential.p50) || seed.sequential.p50 <= 0) return "—";
  return `×${fixed(corpus.sequential.p50 / seed.sequential.p50)}`;
}

/** Issue #10's "Done when" for the request, checked on the corpus at 10 connections. */
function targetCell(request: ScaleRequest, measured: Measured): string {
  if (!request.targetP99At10) return "";
  const at10 = measured.load.find((cell) => cell.connections === 10);
  if (!at10) return "";
  const met = Number.isFinite(at10.p99) && at10.p99 < request.targetP99At10 && at10.failures === 0;
  return `p99@10<${request.targetP99At10}: ${met ? "met" : "NOT met"}`;
}

export function formatDeepPages(deep: Record<Side, DeepCursor | undefined>, results: Record<Side, Map<string, Measured>>, labels: Record<Side, string>): string {
  const lines: string[] = [];
  for (const side of ["seed", "corpus"] as const) {
    const cursor = deep[side];
    if (!cursor) continue;
    const first = results[side].get("events-first")?.sequential.p50 ?? Number.NaN;
    const deepP50 = results[side].get("events-deep")?.sequential.p50 ?? Number.NaN;
    lines.push(
      `${labels[side]}: page at depth ${cursor.depth.toLocaleString("en-US")} (reached by following ${cursor.requests} cursors of 100 in ${fixed(cursor.walkSeconds)} s); ` +
        `p50 ${fixed(deepP50)} ms vs first page ${fixed(first)} ms (×${fixed(deepP50 / first, 2)}; target ≤ ×1.5)`,
    );
  }
  return lines.join("\n");
}

export function formatExports(exports: Record<Side, ExportResult[]>, labels: Record<Side, string>): string {
  const widths = [8, 8, 10, 10, 9, 12, 14, 26];
  const lines = [row(["format", "db", "rows", "MB", "seconds", "rows/s", "API RSS MB", "target (≥50k rows/s, <300 MB)"], widths)];
  for (const side of ["seed", "corpus"] as const)
    for (const result of exports[side]) {
      const met = result.rowsPerSecond >= 50_000 && result.rssPeakMb < 300 && !result.error;
      lines.push(
        row(
          [
            result.format,
            labels[side],
            result.rows.toLocaleString("en-US"),
            fixed(result.bytes / 1_048_576),
            fixed(result.seconds),
            Math.round(result.rowsPerSecond).toLocaleString("en-US"),
            `${fixed(result.rssBeforeMb, 0)}→${fixed(result.rssPeakMb, 0)}`,
            side === "corpus" ? (met ? "met" : "NOT met") : "",
          ],
          widths,
        ) + (result.error ? `   error: ${result.error}` : ""),
      );
    }
  return lines.join("\n");
}

export function formatSlowStatement(statement: SlowStatement, plan: string[], maxPlanLines = 40): string {
  const text = statement.text.length > 600 ? `${statement.text.slice(0, 600)}…` : statement.text;
  const shownPlan = plan.length > maxPlanLines ? [...plan.slice(0, maxPlanLines), `  … ${plan.length - maxPlanLines} more plan lines`] : plan;
  return [
    `[${statement.database}] ${statement.count}× mean ${fixed(statement.totalMs / statement.count)} ms, max ${fixed(statement.maxMs)} ms, total ${fixed(statement.totalMs / 1000)} s`,
    `  ${text}`,
    ...shownPlan.map((line) => `    ${line}`),
  ].join("\n");
}
