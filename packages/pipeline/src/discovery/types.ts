import type { UnknownEntityType } from "../evaluation/devset";

export type DiscoveredType = UnknownEntityType;

/** One sighting of a name the linker could not link, in one document: offsets refer to the cleaned text. */
export interface DiscoveryProposal {
  /** Folded form shared by every spelling of the same name: candidates of many documents merge on it. */
  key: string;
  type: DiscoveredType;
  /** The name as written, without particles or possessives ("엔비디아의" → "엔비디아", "Nvidia's" → "Nvidia"). */
  surface: string;
  language: string;
  start: number;
  end: number;
  /** The sentence it was seen in: the quote an analyst reads before accepting the candidate. */
  quote: { start: number; end: number; text: string };
  /** The cue that decided the type ("CEO", "公司", "-V3.2"), or undefined when the name's shape alone did. */
  cue?: string;
}
