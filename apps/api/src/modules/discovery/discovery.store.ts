import type { DiscoveryProposal } from "@orchard/pipeline";
import type { Prisma } from "../../db/prisma";

type DiscoveredType = DiscoveryProposal["type"];
type Votes = Partial<Record<DiscoveredType, number>>;

/** One document's sightings of one name, grouped as the candidate rows want them. */
interface DocumentSighting {
  key: string;
  votes: Votes;
  /** The type the document's sightings give (most votes, ties to the type seen first). */
  type: DiscoveredType;
  count: number;
  forms: Map<string, { language: string; form: string; count: number }>;
  quotes: Map<number, string>;
}

/**
 * The leader of a vote, as mergeProposals (packages/pipeline) decides it: most votes, a cued sighting
 * counting double; ties keep `incumbent` (the type seen first).
 */
export function leadingType(votes: Votes, incumbent: DiscoveredType): DiscoveredType {
  let best = incumbent;
  for (const [type, count] of Object.entries(votes) as Array<[DiscoveredType, number]>) if (count > (votes[best] ?? 0)) best = type;
  return best;
}

/** Groups a document's proposals by discovery key, in key order (the order rows are locked in). */
export function groupSightings(proposals: readonly DiscoveryProposal[]): DocumentSighting[] {
  const byKey = new Map<string, DocumentSighting>();
  for (const proposal of proposals) {
    let sighting = byKey.get(proposal.key);
    if (!sighting) {
      sighting = { key: proposal.key, votes: {}, type: proposal.type, count: 0, forms: new Map(), quotes: new Map() };
      byKey.set(proposal.key, sighting);
    }
    sighting.votes[proposal.type] = (sighting.votes[proposal.type] ?? 0) + (proposal.cue === undefined ? 1 : 2);
    sighting.count += 1;
    const formKey = `${proposal.language}\u0000${proposal.surface}`;
    const form = sighting.forms.get(formKey) ?? { language: proposal.language, form: proposal.surface, count: 0 };
    form.count += 1;
    sighting.forms.set(formKey, form);
    sighting.quotes.set(proposal.quote.start, proposal.quote.text);
  }
  const sightings = [...byKey.values()].map((s) => ({ ...s, type: leadingType(s.votes, s.type) }));
  // A fixed lock order: two documents naming the same new names never wait on each other in a cycle.
  return sightings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

interface CandidateState {
  id: number | null;
  key: string;
  type: DiscoveredType;
  votes: Votes;
  documentCount: number;
  mentionCount: number;
}

/** Votes with their keys in jsonb's order (shorter first, then bytewise): leadingType breaks ties by that order, as it does on stored rows. */
function asJsonb(votes: Votes): Votes {
  const entries = Object.entries(votes) as Array<[DiscoveredType, number]>;
  entries.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/**
 * The entity candidates a batch of new sources proposes, as storing each source's
 * proposals in its own statements, one source after another in order, would leave them, in four statements for the whole batch: the
 * candidates already stored are read and locked, each source's sightings are added in turn here
 * (counts, votes, the leading type with its tie rule), and the end state is written. A name new to the
 * database is inserted without ON CONFLICT: should another transaction store it meanwhile, the batch
 * fails and is retried document by document. Returns each source's number of candidates.
 */
export async function storeBatchProposals(tx: Prisma.TransactionClient, sources: ReadonlyArray<{ sourceId: number; proposals: readonly DiscoveryProposal[] }>): Promise<number[]> {
  const sightingsOf = sources.map((source) => groupSightings(source.proposals));
  const keys = [...new Set(sightingsOf.flat().map((s) => s.key))];
  if (keys.length === 0) return sources.map(() => 0);
  const stored = await tx.$queryRaw<Array<{ id: number; key: string; type: DiscoveredType; typeVotes: Votes; documentCount: number; mentionCount: number }>>`
    SELECT id, "key", "type"::text AS type, "typeVotes", "documentCount", "mentionCount" FROM "EntityCandidate" WHERE "key" = ANY(${keys}::text[]) ORDER BY "key" FOR UPDATE`;
  const states = new Map<string, CandidateState>(stored.map((row) => [row.key, { ...row, votes: row.typeVotes }]));
  const fresh: CandidateState[] = [];
  for (const sightings of sightingsOf) {
    for (const sighting of sightings) {
      const state = states.get(sighting.key);
      if (!state) {
        const created = { id: null, key: sighting.key, type: sighting.type, votes: asJsonb(sighting.votes), documentCount: 1, mentionCount: sighting.count };
        states.set(sighting.key, created);
        fresh.push(created);
        continue;
      }
      const votes: Votes = { ...state.votes };
      for (const [type, count] of Object.entries(sighting.votes) as Array<[DiscoveredType, number]>) votes[type] = (votes[type] ?? 0) + count;
      state.votes = asJsonb(votes);
      state.type = leadingType(state.votes, state.type);
      state.documentCount += 1;
      state.mentionCount += sighting.count;
    }
  }
  const known = [...states.values()].filter((state) => state.id !== null);
  if (known.length > 0) {
    await tx.$executeRaw`UPDATE "EntityCandidate" c SET "type" = u.t::"DiscoveredEntityType", "typeVotes" = u.v::jsonb, "documentCount" = u.d, "mentionCount" = u.m, "updatedAt" = now()
      FROM unnest(${known.map((s) => s.id)}::int[], ${known.map((s) => s.type)}::text[], ${known.map((s) => JSON.stringify(s.votes))}::text[],
                  ${known.map((s) => s.documentCount)}::int[], ${known.map((s) => s.mentionCount)}::int[]) AS u(id, t, v, d, m)
      WHERE c.id = u.id`;
  }
  if (fresh.length > 0) {
    const inserted = await tx.$queryRaw<Array<{ id: number; key: string }>>`
      INSERT INTO "EntityCandidate" ("key", "type", "typeVotes", "documentCount", "mentionCount", "updatedAt")
      SELECT u.k, u.t::"DiscoveredEntityType", u.v::jsonb, u.d, u.m, now()
      FROM unnest(${fresh.map((s) => s.key)}::text[], ${fresh.map((s) => s.type)}::text[], ${fresh.map((s) => JSON.stringify(s.votes))}::text[],
                  ${fresh.map((s) => s.documentCount)}::int[], ${fresh.map((s) => s.mentionCount)}::int[]) WITH ORDINALITY AS u(k, t, v, d, m, n)
      ORDER BY u.n
      RETURNING id, "key"`;
    for (const row of inserted) (states.get(row.key) as CandidateState).id = row.id;
  }
  const idOf = (key: string) => (states.get(key) as CandidateState).id as number;

  const forms = new Map<string, { candidateId: number; language: string; form: string; count: number }>();
  for (const sightings of sightingsOf) {
    for (const sighting of sightings) {
      for (const form of sighting.forms.values()) {
        const formKey = `${sighting.key}\u0000${form.language}\u0000${form.form}`;
        const total = forms.get(formKey) ?? { candidateId: idOf(sighting.key), language: form.language, form: form.form, count: 0 };
        total.count += form.count;
        forms.set(formKey, total);
      }
    }
  }
  const formRows = [...forms.values()];
  await tx.$executeRaw`
    INSERT INTO "EntityCandidateForm" ("candidateId", "language", "form", "count")
    SELECT * FROM unnest(${formRows.map((f) => f.candidateId)}::int[], ${formRows.map((f) => f.language)}::text[], ${formRows.map((f) => f.form)}::text[], ${formRows.map((f) => f.count)}::int[])
    ON CONFLICT ("candidateId", "language", "form") DO UPDATE SET "count" = "EntityCandidateForm"."count" + excluded."count"`;

  const quotes = sources.flatMap((source, at) =>
    sightingsOf[at].flatMap((sighting) => [...sighting.quotes].map(([offset, quote]) => ({ candidateId: idOf(sighting.key), sourceId: source.sourceId, offset, quote }))),
  );
  await tx.$executeRaw`
    INSERT INTO "EntityCandidateQuote" ("candidateId", "sourceId", "quote", "offset")
    SELECT * FROM unnest(${quotes.map((q) => q.candidateId)}::int[], ${quotes.map((q) => q.sourceId)}::int[], ${quotes.map((q) => q.quote)}::text[], ${quotes.map((q) => q.offset)}::int[])
    ON CONFLICT ("candidateId", "sourceId", "offset") DO NOTHING`;
  return sightingsOf.map((sightings) => sightings.length);
}
