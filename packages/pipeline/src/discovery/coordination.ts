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
  if (!result.some((p) => p.cue === undefined && p.type === "ORGANIZATION")) return result;
  // Neighbours in text order, built once: a retyped proposal joins them where it stands, to pass its type along its list.
  const neighbours: Neighbour[] = [...known, ...result.filter((p) => p.cue !== undefined)].sort((a, b) => a.start - b.start);
  const retype = (i: number) => {
    const proposal = result[i];
    if (proposal.cue !== undefined || proposal.type !== "ORGANIZATION") return;
    const next = neighbours.findIndex((n) => n.start >= proposal.end);
    const after = next === -1 ? undefined : neighbours[next];
    const beforeAt = (next === -1 ? neighbours.length : next) - 1;
    const before = beforeAt >= 0 && neighbours[beforeAt].end <= proposal.start ? neighbours[beforeAt] : undefined;
    const listed = [
      before && LIST_GLUE.test(text.slice(before.end, proposal.start)) ? before : undefined,
      after && LIST_GLUE.test(text.slice(proposal.end, after.start)) ? after : undefined,
    ].find((n) => n !== undefined && (n.type === "PRODUCT" || n.type === "MODEL"));
    if (!listed) return;
    result[i] = { ...proposal, type: listed.type === "MODEL" ? "MODEL" : "PRODUCT", cue: listed.surface };
    neighbours.splice(next === -1 ? neighbours.length : next, 0, { start: proposal.start, end: proposal.end, type: result[i].type, surface: proposal.surface });
  };
  // Left to right, then right to left, so that a type travels both ways along a list.
  for (let i = 0; i < result.length; i++) retype(i);
  for (let i = result.length - 1; i >= 0; i--) retype(i);
  return result;
}
