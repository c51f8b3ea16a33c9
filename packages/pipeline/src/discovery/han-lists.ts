import type { EntityKind, Mention } from "../matcher";
import { nameBeforeHead, ZH_GENERIC, ZH_STOP } from "./han-kana";
import type { FoundName } from "./latin";
import type { DiscoveredType } from "./types";

/**
 * Chinese lists: items joined by the enumeration comma 、 are of one kind. An item of two to four characters next
 * to a known name (or to an item found so, further along the list) is a name of the known name's kind.
 */
interface Item {
  start: number;
  end: number;
  kind: DiscoveredType;
  cue: string;
}

function itemAfter(folded: string, start: number): { start: number; end: number } | undefined {
  let end = start;
  while (end < folded.length && end - start < 4 && /\p{sc=Han}/u.test(folded[end]) && !ZH_STOP.test(folded[end])) end++;
  const name = folded.slice(start, end);
  return name.length >= 2 && !ZH_GENERIC.test(name) ? { start, end } : undefined;
}

/** `folded` is the text after foldPreservingOffsets, offsets unchanged. */
export function findChineseListNames(folded: string, mentions: Mention[], entityKinds: ReadonlyMap<number, EntityKind> | undefined): FoundName[] {
  if (!entityKinds || mentions.length === 0 || !folded.includes("、")) return [];
  const items: Item[] = [];
  for (const mention of mentions) {
    const kind = entityKinds.get(mention.entityId);
    if (kind !== undefined && kind !== "FACILITY") items.push({ start: mention.start, end: mention.end, kind, cue: mention.surface });
  }
  const found: FoundName[] = [];
  for (const comma of folded.matchAll(/、/gu)) {
    const left = items.find((item) => item.end === comma.index);
    const right = items.find((item) => item.start === comma.index + 1);
    if ((left && right) || (!left && !right)) continue;
    const before = left ? undefined : nameBeforeHead(folded, comma.index);
    const span = left ? itemAfter(folded, comma.index + 1) : before && { start: before.start, end: comma.index };
    const known = left ?? right;
    if (!span || !known || items.some((item) => item.start < span.end && span.start < item.end)) continue;
    found.push({ ...span, type: known.kind, cue: known.cue });
    items.push({ ...span, kind: known.kind, cue: known.cue });
  }
  return found;
}
