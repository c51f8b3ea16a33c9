/**
 * How big the synthetic corpus is for N events. At one million events: 5,000 organisations, 20,000
 * models, 50,000 people and 300,000 sources. The rest follows from the draws (plan.ts, entity-rows.ts):
 * about 100,000 roles (1–4 per person), 300,000 aliases (about 4 per entity), N/2 figures and 3N
 * citations (event citations plus one per figure). Every count scales with N, with small floors so
 * that a tiny corpus still has a tail.
 */
export interface CorpusShape {
  events: number;
  organizations: number;
  models: number;
  people: number;
  sources: number;
}

const PER_MILLION = { organizations: 5_000, models: 20_000, people: 50_000, sources: 300_000 } as const;

const FLOORS = { organizations: 40, models: 40, people: 60, sources: 60 } as const;

export const MAX_EVENTS = 20_000_000;

export function corpusShape(events: number): CorpusShape {
  if (!Number.isInteger(events) || events < 100 || events > MAX_EVENTS)
    throw new Error(`--events must be a whole number between 100 and ${MAX_EVENTS.toLocaleString("en-US")}, got ${events}`);
  const scaled = (name: keyof typeof PER_MILLION) => Math.max(FLOORS[name], Math.round((PER_MILLION[name] * events) / 1_000_000));
  return {
    events,
    organizations: scaled("organizations"),
    models: scaled("models"),
    people: scaled("people"),
    sources: scaled("sources"),
  };
}

/**
 * The three entities of the seed knowledge base that the news is most about, with their share of
 * the events (about 40,000, 35,000 and 30,000 of a million), and the share that goes to any other
 * seed entity: generated events attach to the real knowledge base too.
 */
export const HEADLINE_SHARES: ReadonlyArray<readonly [slug: string, share: number]> = [
  ["meta", 0.04],
  ["openai", 0.035],
  ["google", 0.03],
];
export const OTHER_SEED_SHARE = 0.03;
