/** Moves between compared companies, aggregated into one band per direction. */

export interface MoveLike {
  person: { slug: string; name: string };
  fromCompany: { slug: string; name: string };
  toCompany: { slug: string; name: string };
}

export interface FlowBand<M extends MoveLike> {
  from: string;
  to: string;
  moves: M[];
}

export function flowBands<M extends MoveLike>(moves: readonly M[]): FlowBand<M>[] {
  const bands = new Map<string, FlowBand<M>>();
  for (const move of moves) {
    const key = `${move.fromCompany.slug}>${move.toCompany.slug}`;
    const band = bands.get(key) ?? { from: move.fromCompany.slug, to: move.toCompany.slug, moves: [] };
    band.moves.push(move);
    bands.set(key, band);
  }
  return [...bands.values()].sort((a, b) => b.moves.length - a.moves.length || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Net and gross moves per company: how many left for, and joined from, the other compared firms. */
export function flowTotals(bands: ReadonlyArray<FlowBand<MoveLike>>, slugs: readonly string[]): Map<string, { out: number; in: number }> {
  const totals = new Map(slugs.map((slug) => [slug, { out: 0, in: 0 }]));
  for (const band of bands) {
    const from = totals.get(band.from);
    const to = totals.get(band.to);
    if (from) from.out += band.moves.length;
    if (to) to.in += band.moves.length;
  }
  return totals;
}
