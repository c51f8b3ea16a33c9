import { execFileSync } from "node:child_process";
import fs from "node:fs";

/**
 * Server CPU time from /proc: utime + stime of the process (all its threads) and of its live
 * descendants, plus each one's cutime + cstime (children it has already waited for).
 */
export interface ProcStat {
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
}

/** Parses /proc/<pid>/stat. The command name (field 2) may hold spaces and parentheses: fields are counted after the last ")". */
export function parseProcStat(text: string): ProcStat {
  const close = text.lastIndexOf(")");
  if (close < 0) throw new Error(`not a /proc/<pid>/stat line: ${text.slice(0, 80)}`);
  // After ")": field 3 (state) is rest[0], so field n is rest[n - 3].
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const field = (n: number) => {
    const value = Number(rest[n - 3]);
    if (!Number.isFinite(value)) throw new Error(`field ${n} of /proc/<pid>/stat is not a number: ${rest[n - 3]}`);
    return value;
  };
  return { utime: field(14), stime: field(15), cutime: field(16), cstime: field(17) };
}

/** Child pids of a process, from /proc/<pid>/task/<tid>/children (every thread can be a parent). */
export function parseChildren(texts: string[]): number[] {
  return texts.flatMap((text) => text.trim().split(/\s+/).filter(Boolean).map(Number));
}

function read(path: string): string | null {
  try {
    return fs.readFileSync(path, "utf8");
  } catch {
    return null; // the process ended meanwhile
  }
}

function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return parseChildren(tasks.map((tid) => read(`/proc/${pid}/task/${tid}/children`) ?? ""));
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU milliseconds used so far by a process and its descendants. */
export function processTreeCpuMs(pid: number): number {
  let ticks = 0;
  const seen = new Set<number>();
  const visit = (current: number) => {
    if (seen.has(current)) return;
    seen.add(current);
    const text = read(`/proc/${current}/stat`);
    if (!text) return;
    const stat = parseProcStat(text);
    ticks += stat.utime + stat.stime + stat.cutime + stat.cstime;
    for (const child of childrenOf(current)) visit(child);
  };
  visit(pid);
  return (ticks * 1000) / clockTicks();
}
