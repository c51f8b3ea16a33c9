import type { DiscoveredType, DiscoveryProposal } from "./types";

/** One proposed entity across documents: what an analyst accepts, merges into a known entity or rejects. */
export interface EntityCandidate {
  key: string;
  type: DiscoveredType;
  /** Every spelling seen, with its language and how often it was seen. */
  forms: Array<{ surface: string; language: string; count: number }>;
  /** The sentences it was seen in, once each, in the order of the documents given. */
  quotes: Array<{ documentId: string; text: string }>;
  /** Sightings in all documents. */
  count: number;
  documents: number;
}

/**
 * Merges the proposals of many documents on their folded key. The type is the one most sightings give, a sighting
 * whose type a cue decided counting double; ties go to the type seen first. The result is ordered by the number of
 * documents, then of sightings, then by key, so that the same input always gives the same list.
 */
export function mergeProposals(documents: Array<{ documentId: string; proposals: DiscoveryProposal[] }>): EntityCandidate[] {
  const byKey = new Map<
    string,
    {
      votes: Map<DiscoveredType, number>;
      forms: Map<string, EntityCandidate["forms"][number]>;
      quotes: Map<string, EntityCandidate["quotes"][number]>;
      count: number;
      documents: Set<string>;
    }
  >();
  for (const { documentId, proposals } of documents) {
    for (const proposal of proposals) {
      let entry = byKey.get(proposal.key);
      if (!entry) {
        entry = { votes: new Map(), forms: new Map(), quotes: new Map(), count: 0, documents: new Set() };
        byKey.set(proposal.key, entry);
      }
      entry.votes.set(proposal.type, (entry.votes.get(proposal.type) ?? 0) + (proposal.cue === undefined ? 1 : 2));
      const formKey = `${proposal.language}\u0000${proposal.surface}`;
      const form = entry.forms.get(formKey) ?? { surface: proposal.surface, language: proposal.language, count: 0 };
      form.count += 1;
      entry.forms.set(formKey, form);
      entry.quotes.set(`${documentId}\u0000${proposal.quote.start}`, { documentId, text: proposal.quote.text });
      entry.count += 1;
      entry.documents.add(documentId);
    }
  }
  const candidates = [...byKey].map(([key, entry]): EntityCandidate => {
    const type = [...entry.votes].reduce((best, vote) => (vote[1] > best[1] ? vote : best))[0];
    return { key, type, forms: [...entry.forms.values()], quotes: [...entry.quotes.values()], count: entry.count, documents: entry.documents.size };
  });
  return candidates.sort((a, b) => b.documents - a.documents || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
