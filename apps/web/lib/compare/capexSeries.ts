import { isoToTime } from "../timeline";

/** Capex guidance as step series, one per company and fiscal year, for the compare page's chart. */

export interface CapexFigureLike {
  metric: string;
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  text: string;
  effectiveOn?: { start: string } | null;
  event: { id: string; firstReportedOn?: string | null };
}

export interface CapexPoint<F extends CapexFigureLike> {
  time: number;
  low: number;
  high: number;
  /** Every report of this value at this step (the first one is the step's link). */
  figures: F[];
}

export interface CapexSeries<F extends CapexFigureLike> {
  company: string;
  fiscalYear: number;
  unit: string;
  points: CapexPoint<F>[];
}

/**
 * The fiscal year guidance is for: the year in the metric (`capex_guidance_2026`) when it names
 * one, else the year the guidance was given (guidance is for the current year unless it says).
 */
export function fiscalYearOf(figure: CapexFigureLike): number | null {
  const named = /_(\d{4})$/.exec(figure.metric);
  if (named) return Number(named[1]);
  const when = figure.effectiveOn?.start ?? figure.event.firstReportedOn;
  return when ? Number(when.slice(0, 4)) : null;
}

export function isCapexGuidance(metric: string): boolean {
  return /^capex_guidance(_\d{4})?$/.test(metric);
}

/** Series ordered by company (as given) then fiscal year; points by date, equal neighbours merged. */
export function capexSeries<F extends CapexFigureLike>(companies: ReadonlyArray<{ slug: string; figures: readonly F[] }>): CapexSeries<F>[] {
  const series: CapexSeries<F>[] = [];
  for (const { slug, figures } of companies) {
    const byYear = new Map<string, F[]>();
    for (const figure of figures) {
      if (!isCapexGuidance(figure.metric) || figure.value == null) continue;
      const year = fiscalYearOf(figure);
      if (year === null) continue;
      const key = `${year}|${figure.unit ?? ""}`;
      byYear.set(key, [...(byYear.get(key) ?? []), figure]);
    }
    for (const [key, list] of [...byYear.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const [year, unit] = key.split("|");
      const timed = list
        .map((figure, index) => ({ figure, index, time: isoToTime(figure.effectiveOn?.start ?? figure.event.firstReportedOn ?? "1970-01-01") }))
        .sort((a, b) => a.time - b.time || a.index - b.index);
      const points: CapexPoint<F>[] = [];
      for (const { figure, time } of timed) {
        const low = figure.value!;
        const high = figure.valueMax ?? low;
        const last = points[points.length - 1];
        if (last && last.low === low && last.high === high) last.figures.push(figure);
        else points.push({ time, low, high, figures: [figure] });
      }
      series.push({ company: slug, fiscalYear: Number(year), unit, points });
    }
  }
  return series;
}

/** Round numbers for a value axis: about `count` ticks covering [min, max]. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  let v = Math.floor(min / step) * step;
  ticks.push(v);
  while (v < max) {
    v = Math.round((v + step) * 1e6) / 1e6;
    ticks.push(v);
  }
  return ticks;
}

/** Move label positions (sorted or not) apart by at least `gap`, keeping them inside [top, bottom]. */
export function spreadLabels(positions: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) {
    placed[k] = Math.max(placed[k], top, k > 0 ? placed[k - 1] + gap : top);
  }
  // Overflowing the bottom: push back up.
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : placed[k + 1] - gap;
    placed[k] = Math.min(placed[k], limit);
  }
  const result = new Array<number>(positions.length);
  order.forEach((o, k) => (result[o.i] = placed[k]));
  return result;
}
