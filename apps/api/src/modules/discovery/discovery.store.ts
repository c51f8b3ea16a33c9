import type { DiscoveryProposal } from "@orchard/pipeline";
import type { Prisma } from "../../db/prisma";

type Tx = Prisma.TransactionClient;
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

/**
 * Upserts the entity candidates a stored document proposes, inside the document's transaction: three
 * statements whatever the number of names (plus one when a name's type changes hands). A candidate
 * already accepted, merged or rejected keeps its status; its counts, forms and quotes still grow.
 */
export async function storeEntityProposals(options: { tx: Tx; sourceId: number; proposals: readonly DiscoveryProposal[] }): Promise<{ candidates: number }> {
  const { tx, sourceId } = options;
  const sightings = groupSightings(options.proposals);
  if (sightings.length === 0) return { candidates: 0 };
  const rows = await tx.$queryRaw<Array<{ id: number; key: string; type: DiscoveredType; typeVotes: Votes }>>`
    INSERT INTO "EntityCandidate" ("key", "type", "typeVotes", "documentCount", "mentionCount", "updatedAt")
    SELECT u.k, u.t::"DiscoveredEntityType", u.v::jsonb, 1, u.n, now()
    FROM unnest(${sightings.map((s) => s.key)}::text[], ${sightings.map((s) => s.type)}::text[], ${sightings.map((s) => JSON.stringify(s.votes))}::text[],
                ${sightings.map((s) => s.count)}::int[]) AS u(k, t, v, n)
    ON CONFLICT ("key") DO UPDATE SET
      "documentCount" = "EntityCandidate"."documentCount" + 1,
      "mentionCount" = "EntityCandidate"."mentionCount" + excluded."mentionCount",
      "typeVotes" = "EntityCandidate"."typeVotes" || (
        SELECT jsonb_object_agg(e.k, coalesce(("EntityCandidate"."typeVotes" ->> e.k)::int, 0) + e.v::int) FROM jsonb_each_text(excluded."typeVotes") AS e(k, v)),
      "updatedAt" = now()
    RETURNING id, "key", "type"::text AS type, "typeVotes"`;
  const idOf = new Map(rows.map((row) => [row.key, row.id]));
  const retyped = rows.filter((row) => leadingType(row.typeVotes, row.type) !== row.type);
  if (retyped.length > 0) {
    await tx.$executeRaw`UPDATE "EntityCandidate" c SET "type" = u.t::"DiscoveredEntityType"
      FROM unnest(${retyped.map((row) => row.id)}::int[], ${retyped.map((row) => leadingType(row.typeVotes, row.type))}::text[]) AS u(id, t) WHERE c.id = u.id`;
  }
  const forms = sightings.flatMap((s) => [...s.forms.values()].map((form) => ({ candidateId: idOf.get(s.key) as number, ...form })));
  await tx.$executeRaw`
    INSERT INTO "EntityCandidateForm" ("candidateId", "language", "form", "count")
    SELECT * FROM unnest(${forms.map((f) => f.candidateId)}::int[], ${forms.map((f) => f.language)}::text[], ${forms.map((f) => f.form)}::text[], ${forms.map((f) => f.count)}::int[])
    ON CONFLICT ("candidateId", "language", "form") DO UPDATE SET "count" = "EntityCandidateForm"."count" + excluded."count"`;
  const quotes = sightings.flatMap((s) => [...s.quotes].map(([offset, quote]) => ({ candidateId: idOf.get(s.key) as number, offset, quote })));
  await tx.$executeRaw`
    INSERT INTO "EntityCandidateQuote" ("candidateId", "sourceId", "quote", "offset")
    SELECT u.c, ${sourceId}::int, u.q, u.o FROM unnest(${quotes.map((q) => q.candidateId)}::int[], ${quotes.map((q) => q.quote)}::text[], ${quotes.map((q) => q.offset)}::int[]) AS u(c, q, o)
    ON CONFLICT ("candidateId", "sourceId", "offset") DO NOTHING`;
  return { candidates: rows.length };
}
