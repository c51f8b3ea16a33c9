import { isoToTime } from "../timeline";

/** Events per company per month, for the compare page's timeline. */

export interface BinnableEvent {
  id: string;
  title: string;
  type: string;
  firstReportedOn: string;
  occurredOn?: { text: string; start: string; end: string; precision: string } | null;
}

/** YYYY-MM of a date. */
export const monthKey = (iso: string) => iso.slice(0, 7);

/** Month keys from `first` to `last` inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** An event's month: the one it occurred in when dated to a day or month, else null (coarser). */
export function eventMonth(event: BinnableEvent): string | null {
  if (!event.occurredOn) return monthKey(event.firstReportedOn);
  return event.occurredOn.precision === "DAY" || event.occurredOn.precision === "MONTH" ? monthKey(event.occurredOn.start) : null;
}

export interface LaneBins<E extends BinnableEvent> {
  /** Month → events dated to it, in the window. */
  months: Map<string, E[]>;
  /** Dated to a month before the window. */
  earlier: E[];
  /** Dated only to a quarter, half, season or year: by that period's wording. */
  coarse: Map<string, E[]>;
}

/**
 * The months to draw (at most `maxMonths`, ending with the latest dated month or the as-of month)
 * and each lane's events binned: older months collapse into "earlier", coarse dates stay apart.
 */
export function binByMonth<E extends BinnableEvent>(
  lanes: ReadonlyArray<readonly E[]>,
  options: { maxMonths?: number; minMonths?: number; asOf?: string | null } = {},
): { months: string[]; lanes: LaneBins<E>[]; max: number } {
  const maxMonths = options.maxMonths ?? 24;
  const minMonths = options.minMonths ?? 6;
  const dated = lanes
    .flat()
    .map(eventMonth)
    .filter((m): m is string => m !== null)
    .sort();
  let last = dated[dated.length - 1] ?? monthKey(options.asOf ?? new Date().toISOString());
  if (options.asOf && monthKey(options.asOf) > last) last = monthKey(options.asOf);
  const firstDated = dated[0] ?? last;
  const all = monthRange(firstDated, last);
  let months = all.slice(-maxMonths);
  if (months.length < minMonths) {
    const [y, m] = last.split("-").map(Number);
    const start = new Date(Date.UTC(y, m - minMonths, 1)).toISOString();
    months = monthRange(monthKey(start), last);
  }
  const firstShown = months[0];
  const binned = lanes.map((events) => {
    const bins: LaneBins<E> = { months: new Map(), earlier: [], coarse: new Map() };
    for (const event of events) {
      const month = eventMonth(event);
      if (month === null) {
        const label = event.occurredOn!.text;
        bins.coarse.set(label, [...(bins.coarse.get(label) ?? []), event]);
      } else if (month < firstShown) bins.earlier.push(event);
      else if (month <= last) bins.months.set(month, [...(bins.months.get(month) ?? []), event]);
    }
    return bins;
  });
  const max = Math.max(1, ...binned.flatMap((b) => [...b.months.values()].map((list) => list.length)));
  return { months, lanes: binned, max };
}

/** First and last day of a YYYY-MM month. */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(isoToTime(`${month}-01`));
  last.setUTCMonth(m, 0);
  return { from: `${month}-01`, to: `${y}-${String(m).padStart(2, "0")}-${String(last.getUTCDate()).padStart(2, "0")}` };
}
