import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { processTreeCpuMs } from "./cpu";

const run = promisify(execFile);

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  durationSeconds: number;
  /** Open loop: requests per second offered in total (autocannon --overallRate); closed loop when unset. */
  overallRate?: number;
  /** The server's pid, for its CPU time. */
  serverPid: number;
  /** Seconds autocannon waits for an answer before counting a timeout (its default: 10). */
  timeoutSeconds?: number;
  /** Report non-2xx answers, errors and timeouts in the result instead of failing the run. */
  tolerateFailures?: boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  completed: number;
  /** Server CPU milliseconds per completed request (process tree, from /proc). */
  cpuMsPerRequest: number;
  /** Non-2xx answers, socket errors and timeouts (always 0 unless `tolerateFailures`). */
  failures: number;
}

interface AutocannonJson {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  latency: { p50: number; p99: number };
  requests: { total: number };
}

/** autocannon's arguments for one run (POST of a fixed JSON body). */
export function autocannonArgs(options: Omit<LoadOptions, "serverPid" | "tolerateFailures">): string[] {
  const args = ["--json", "-c", String(options.connections), "-d", String(options.durationSeconds), "-m", "POST"];
  if (options.timeoutSeconds) args.push("-t", String(options.timeoutSeconds));
  args.push("-H", "content-type=application/json", "-b", options.body);
  if (options.overallRate) args.push("--overallRate", String(options.overallRate));
  args.push(options.url);
  return args;
}

/**
 * One load run: autocannon in a separate process (on the project's Node), and the server's CPU
 * time read before and after. Any non-2xx answer, socket error or timeout fails the run, unless
 * `tolerateFailures`: then only the 2xx answers count as completed.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const bin = require.resolve("autocannon/autocannon.js");
  const cpuBefore = processTreeCpuMs(options.serverPid);
  const { stdout } = await run(process.execPath, [bin, ...autocannonArgs(options)], { maxBuffer: 64 * 1024 * 1024 });
  const cpuAfter = processTreeCpuMs(options.serverPid);
  const result = JSON.parse(stdout) as AutocannonJson;
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures && !options.tolerateFailures) throw new Error(`${options.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts under load`);
  const completed = options.tolerateFailures ? result["2xx"] : result.requests.total;
  // No answer within the run (an overloaded machine): latencies are unknown, not zero.
  return {
    requestsPerSecond: completed / (result.duration || options.durationSeconds),
    p50: completed ? result.latency.p50 : Number.NaN,
    p99: completed ? result.latency.p99 : Number.NaN,
    completed,
    cpuMsPerRequest: completed ? (cpuAfter - cpuBefore) / completed : Number.NaN,
    failures,
  };
}
