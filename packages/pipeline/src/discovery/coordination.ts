import type { EntityKind, Mention } from "../matcher";
import type { DiscoveryProposal } from "./types";

/**
 * Names in one list are of one kind: "ChatGPT, Copilot and Luzia" lists three assistants. A proposal whose type no
 * cue decided and that shape alone made a company takes the product or model type of a neighbour in its list: a
 * linked mention of a known product or model, or a proposal a cue typed. Only that fallback is retyped, so a person
 * listed next to a product stays a person.
 */
const LIST_GLUE = /^\s*(?:[,、，;/&]|and|or|e|y|et|und|oder|dan|atau|serta|ed|и|или|和|与|與|及|以及|或|및|와|과|और|या|तथा|एवं|و)\s*$/iu;

interface Neighbour {
  start: number;
  end: number;
  type: EntityKind;
  surface: string;
}

export function typeByCoordination(
  text: string,
  proposals: DiscoveryProposal[],
  mentions: Mention[],
  entityKinds: ReadonlyMap<number, EntityKind> | undefined,
): DiscoveryProposal[] {
  const known: Neighbour[] = [];
  for (const mention of mentions) {
    const kind = entityKinds?.get(mention.entityId);
    if (kind) known.push({ start: mention.start, end: mention.end, type: kind, surface: mention.surface });
  }
  const result = [...proposals];
  const items = (): Neighbour[] => [...known, ...result.filter((p) => p.cue !== undefined)].sort((a, b) => a.start - b.start);
  // Two passes, left to right then right to left, so that a retyped name passes its type along its list.
  for (const direction of [1, -1]) {
    const order = direction === 1 ? result.map((_, i) => i) : result.map((_, i) => result.length - 1 - i);
    for (const i of order) {
      const proposal = result[i];
      if (proposal.cue !== undefined || proposal.type !== "ORGANIZATION") continue;
      const neighbours = items();
      const before = neighbours.filter((n) => n.end <= proposal.start).pop();
      const after = neighbours.find((n) => n.start >= proposal.end);
      const listed = [
        before && LIST_GLUE.test(text.slice(before.end, proposal.start)) ? before : undefined,
        after && LIST_GLUE.test(text.slice(proposal.end, after.start)) ? after : undefined,
      ].find((n) => n !== undefined && (n.type === "PRODUCT" || n.type === "MODEL"));
      if (listed) result[i] = { ...proposal, type: listed.type === "MODEL" ? "MODEL" : "PRODUCT", cue: listed.surface };
    }
  }
  return result;
}
