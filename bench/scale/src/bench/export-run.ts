import fs from "node:fs";

/**
 * The CSV and NDJSON exports of every meta event (GET /export/events.<format>?entities=meta): rows
 * per second over the whole download, and the API's resident memory sampled from /proc while it
 * streams (its peak, and where it started).
 */
export interface ExportResult {
  format: "csv" | "ndjson";
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  error: string | null;
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export async function runExport(options: { graphqlUrl: string; serverPid: number; format: "csv" | "ndjson"; timeoutSeconds?: number }): Promise<ExportResult> {
  const url = `${options.graphqlUrl.replace(/\/graphql$/, "")}/export/events.${options.format}?entities=meta`;
  const rssBeforeMb = rssMb(options.serverPid);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(options.serverPid))), 20);
  const started = performance.now();
  let bytes = 0;
  let newlines = 0;
  // CSV fields may hold newlines inside quotes: only newlines outside quotes end a row ("" toggles twice).
  let quoted = false;
  let error: string | null = null;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout((options.timeoutSeconds ?? 900) * 1000) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) {
        if (chunk[i] === 34 && options.format === "csv") quoted = !quoted;
        else if (chunk[i] === 10 && !quoted) newlines++;
      }
    }
  } catch (caught) {
    error = (caught as Error).message;
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  // CSV starts with a header line; NDJSON is one line per row.
  const rows = Math.max(0, options.format === "csv" ? newlines - 1 : newlines);
  return { format: options.format, rows, bytes, seconds, rowsPerSecond: rows / seconds, rssBeforeMb, rssPeakMb: Math.max(rssPeakMb, rssMb(options.serverPid)), error };
}
