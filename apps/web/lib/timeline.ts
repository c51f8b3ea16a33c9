/** Pure geometry for the server-rendered SVG timelines: dates → x, ticks, lanes. */

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch (UTC) of a YYYY-MM-DD date. */
export function isoToTime(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

export function timeToIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export interface Domain {
  start: number;
  end: number;
}

/** Linear scale from a time domain to [x0, x1]; values outside the domain are clamped. */
export function createTimeScale(domain: Domain, x0: number, x1: number): (time: number) => number {
  const span = domain.end - domain.start;
  return (time: number) => {
    if (span <= 0) return (x0 + x1) / 2;
    const t = Math.min(Math.max((time - domain.start) / span, 0), 1);
    return x0 + t * (x1 - x0);
  };
}

/**
 * The domain covering every period, widened to whole months with at least `minMonths` months,
 * and ending no earlier than `includeDate` (the as-of date) when given.
 */
export function timelineDomain(periods: ReadonlyArray<{ start: string; end: string }>, options: { includeDate?: string | null; minMonths?: number } = {}): Domain | null {
  const times = periods.flatMap((p) => [isoToTime(p.start), isoToTime(p.end)]);
  if (options.includeDate) times.push(isoToTime(options.includeDate));
  if (times.length === 0) return null;
  const min = new Date(Math.min(...times));
  const max = new Date(Math.max(...times));
  let start = Date.UTC(min.getUTCFullYear(), min.getUTCMonth(), 1);
  let end = Date.UTC(max.getUTCFullYear(), max.getUTCMonth() + 1, 1);
  const minMonths = options.minMonths ?? 6;
  const months = monthsBetween(start, end);
  if (months < minMonths) {
    const extra = minMonths - months;
    const before = Math.ceil(extra / 2);
    const s = new Date(start);
    const e = new Date(end);
    start = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() - before, 1);
    end = Date.UTC(e.getUTCFullYear(), e.getUTCMonth() + (extra - before), 1);
  }
  return { start, end };
}

function monthsBetween(start: number, end: number): number {
  const s = new Date(start);
  const e = new Date(end);
  return (e.getUTCFullYear() - s.getUTCFullYear()) * 12 + (e.getUTCMonth() - s.getUTCMonth());
}

export interface Tick {
  time: number;
  label: string;
  /** Year boundaries are drawn stronger. */
  major: boolean;
}

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Month ticks every 1, 3, 6 or 12 months so that at most `maxTicks` are drawn. */
export function monthTicks(domain: Domain, maxTicks = 12): Tick[] {
  const total = monthsBetween(domain.start, domain.end);
  const step = [1, 3, 6, 12, 24, 60].find((s) => total / s <= maxTicks) ?? 120;
  const ticks: Tick[] = [];
  const first = new Date(domain.start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  // Align to the step (quarters start in Jan/Apr/Jul/Oct, half-years in Jan/Jul).
  const aligned = Math.ceil(month / Math.min(step, 12)) * Math.min(step, 12);
  year += Math.floor(aligned / 12);
  month = aligned % 12;
  for (let time = Date.UTC(year, month, 1); time <= domain.end;) {
    const d = new Date(time);
    const m = d.getUTCMonth();
    const label = m === 0 ? String(d.getUTCFullYear()) : MONTH_ABBR[m];
    ticks.push({ time, label, major: m === 0 });
    time = Date.UTC(d.getUTCFullYear(), m + step, 1);
  }
  return ticks;
}

export interface MarkInput {
  id: string;
  start: string;
  end: string;
}

export interface Mark<T extends MarkInput> {
  item: T;
  x: number;
  width: number;
  /** Sub-row inside the lane, so that overlapping marks do not cover each other. */
  row: number;
}

/**
 * Place items on x and stack overlapping ones into rows (greedy interval packing).
 * Items shorter than `minWidth` pixels (single days) are drawn `minWidth` wide, centred.
 */
export function layoutMarks<T extends MarkInput>(
  items: readonly T[],
  scale: (time: number) => number,
  options: { minWidth?: number; gap?: number } = {},
): { marks: Mark<T>[]; rows: number } {
  const minWidth = options.minWidth ?? 8;
  const gap = options.gap ?? 2;
  const placed = items
    .map((item) => {
      const x1 = scale(isoToTime(item.start));
      const x2 = scale(isoToTime(item.end) + DAY_MS);
      let x = x1;
      let width = x2 - x1;
      if (width < minWidth) {
        x = (x1 + x2) / 2 - minWidth / 2;
        width = minWidth;
      }
      return { item, x, width, row: 0 };
    })
    .sort((a, b) => a.x - b.x || b.width - a.width);
  const rowEnds: number[] = [];
  for (const mark of placed) {
    let row = rowEnds.findIndex((end) => end + gap <= mark.x);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = mark.x + mark.width;
    mark.row = row;
  }
  return { marks: placed, rows: Math.max(rowEnds.length, 1) };
}
