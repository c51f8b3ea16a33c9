import { processTreeCpuMs } from "@orchard/bench-peer/dist/cpu";
import { runLoad } from "@orchard/bench-peer/dist/load";
import pg from "pg";

/**
 * The two measurements of a request: one at a time (p50/p99 of sequential requests, the answer's
 * size, GraphQL errors) and under load (autocannon in its own process at a connection count). After
 * a load run the server is given time to finish what abandoned requests left running, so that one
 * query's backlog is not measured as the next one's latency.
 */
export interface SequentialResult {
  samples: number;
  p50: number;
  p99: number;
  bytes: number;
  /** Codes (or messages) of GraphQL errors seen, with counts. */
  errors: Record<string, number>;
}

export interface LoadCell {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** Seconds the server kept working after the run ended. */
  drainSeconds: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export async function postGraphQL(url: string, body: string): Promise<{ status: number; text: string; errors: string[] }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(120_000) });
  const text = await response.text();
  let errors: string[];
  try {
    const parsed = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    errors = (parsed.errors ?? []).map((error) => error.extensions?.code ?? error.message.slice(0, 60));
  } catch {
    errors = [`HTTP ${response.status}: not JSON`];
  }
  return { status: response.status, text, errors };
}

/** Up to `count` requests one after the other, stopping early (after at least 3) past `seconds`. */
export async function sequential(url: string, body: string, options: { count: number; seconds: number }): Promise<SequentialResult> {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let bytes = 0;
  const deadline = Date.now() + options.seconds * 1000;
  for (let i = 0; i < options.count && (i < 3 || Date.now() < deadline); i++) {
    const started = performance.now();
    const answer = await postGraphQL(url, body);
    latencies.push(performance.now() - started);
    bytes = Buffer.byteLength(answer.text);
    for (const code of answer.errors) errors[code] = (errors[code] ?? 0) + 1;
  }
  latencies.sort((a, b) => a - b);
  return { samples: latencies.length, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), bytes, errors };
}

/**
 * Waits until the server is idle: no active statement of its database (other than ours) and under
 * 5% of a core of CPU, both for a second; gives up after `maxSeconds`.
 */
export async function drain(databaseUrl: string, serverPid: number, maxSeconds = 180): Promise<number> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let quietSince: number | null = null;
    for (;;) {
      const cpuBefore = processTreeCpuMs(serverPid);
      await new Promise((resolve) => setTimeout(resolve, 250));
      const busyCpu = (processTreeCpuMs(serverPid) - cpuBefore) / 250 > 0.05;
      const { rows } = await client.query<{ active: number }>(
        `SELECT count(*)::int AS active FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if (busyCpu || rows[0].active > 0) quietSince = null;
      else quietSince ??= Date.now();
      if (quietSince !== null && Date.now() - quietSince >= 1000) return (quietSince - started) / 1000;
      if (Date.now() - started > maxSeconds * 1000) return (Date.now() - started) / 1000;
    }
  } finally {
    await client.end();
  }
}

export async function loadCell(options: { url: string; body: string; connections: number; durationSeconds: number; serverPid: number; databaseUrl: string }): Promise<LoadCell> {
  const result = await runLoad({
    url: options.url,
    body: options.body,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    serverPid: options.serverPid,
    timeoutSeconds: 60,
    tolerateFailures: true,
  });
  const drainSeconds = await drain(options.databaseUrl, options.serverPid);
  return { connections: options.connections, requestsPerSecond: result.requestsPerSecond, p50: result.p50, p99: result.p99, failures: result.failures, drainSeconds };
}
