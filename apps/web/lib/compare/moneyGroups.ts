/** Money figures of a company, grouped by what they are about, one line per event and metric. */

export interface MoneyFigureLike {
  metric: string;
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  text: string;
  event: { id: string; title: string };
}

export type MoneyGroupKey = "capex" | "deals" | "financing" | "revenue" | "compensation" | "other";

export const MONEY_GROUP_LABELS: Record<MoneyGroupKey, string> = {
  capex: "Capex and spending",
  deals: "Deals and investments",
  financing: "Financing",
  revenue: "Revenue",
  compensation: "Compensation",
  other: "Other",
};

const ORDER: MoneyGroupKey[] = ["capex", "deals", "financing", "revenue", "compensation", "other"];

export function moneyGroupOf(metric: string): MoneyGroupKey {
  if (/capex|spend|budget|cost/.test(metric)) return "capex";
  if (/deal|acquisition|investment|stake|valuation|joint_venture/.test(metric)) return "deals";
  if (/bond|financing|debt|loan|funding|raise/.test(metric)) return "financing";
  if (/revenue|income|sales|profit/.test(metric)) return "revenue";
  if (/compensation|pay|salary|package|bonus/.test(metric)) return "compensation";
  return "other";
}

export interface MoneyLine<F extends MoneyFigureLike> {
  /** The first report of this figure. */
  figure: F;
  /** Further reports of the same event and metric (other sources, other wording). */
  others: F[];
}

/**
 * Groups in a fixed order, empty ones left out. Figures the capex chart draws (`capex_guidance…`)
 * are excluded. Reports of one event's metric collapse into one line with its other reports.
 */
export function groupMoneyFigures<F extends MoneyFigureLike>(figures: readonly F[]): Array<{ key: MoneyGroupKey; label: string; lines: MoneyLine<F>[] }> {
  const lines = new Map<string, MoneyLine<F>>();
  for (const figure of figures) {
    if (figure.metric.startsWith("capex_guidance")) continue;
    const key = `${figure.event.id}|${figure.metric}`;
    const line = lines.get(key);
    if (line) line.others.push(figure);
    else lines.set(key, { figure, others: [] });
  }
  const groups = new Map<MoneyGroupKey, MoneyLine<F>[]>();
  for (const line of lines.values()) {
    const key = moneyGroupOf(line.figure.metric);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return ORDER.filter((key) => groups.has(key)).map((key) => ({ key, label: MONEY_GROUP_LABELS[key], lines: groups.get(key)! }));
}
