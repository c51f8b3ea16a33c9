import { sourceDay } from "./calendar";
import type { SyntheticEntities } from "./entities";
import { EVENT_KINDS, EXTRA_SLOTS, ROLES, type Slot } from "./event-types";
import { hasFigures } from "./figures";
import { LANGUAGES, type Language } from "./languages";
import { cumulative, Draw, STREAM } from "./prng";

/**
 * The skeleton of the corpus, computed once in typed arrays: each event's type, participants,
 * citations and figures, and the day it was first reported. Citation k (of all event citations, in
 * event order) is in source `k mod sources`, so an event's citations sit in neighbouring sources,
 * published within days of each other, and every source cites about ten events.
 */
export const MAX_PARTICIPANTS = 4;
const KIND_WEIGHTS = cumulative(EVENT_KINDS.map((kind) => kind.weight));
const CITATION_COUNTS = cumulative([25, 30, 22, 12, 7, 4]); // 1–6 citations, about 2.6 on average
const PARTICIPANT_COUNTS = cumulative([25, 35, 25, 15]); // 1–4 participants wanted
const LANGUAGE_WEIGHTS = cumulative(LANGUAGES.map((language) => language.weight));
/** An event has about 1.5 organisation slots: each takes a headline company at 2/3 of its share of events. */
const EVENT_SLOT_WEIGHT = 0.6;

export interface SourceTraits {
  language: Language;
  publisherId: number | null;
}

export interface CitationTraits {
  stance: "SUPPORTS" | "DENIES";
  attributedToId: number | null;
  official: boolean;
}

export class CorpusPlan {
  readonly events: number;
  readonly sources: number;
  readonly kind: Uint8Array;
  readonly participantIds: Int32Array;
  readonly participantRoles: Uint8Array;
  readonly participantCount: Uint8Array;
  /** First event citation of each event (N + 1 entries). */
  readonly citationStart: Int32Array;
  /** First figure of each event (N + 1 entries). */
  readonly figureStart: Int32Array;
  /** The event of each event citation. */
  readonly citationEvent: Int32Array;
  readonly reportedDay: Int32Array;

  constructor(readonly entities: SyntheticEntities) {
    const { shape, seed } = entities;
    this.events = shape.events;
    this.sources = shape.sources;
    const n = shape.events;
    this.kind = new Uint8Array(n);
    this.participantIds = new Int32Array(n * MAX_PARTICIPANTS);
    this.participantRoles = new Uint8Array(n * MAX_PARTICIPANTS);
    this.participantCount = new Uint8Array(n);
    this.citationStart = new Int32Array(n + 1);
    this.figureStart = new Int32Array(n + 1);
    this.reportedDay = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const draw = new Draw(seed, STREAM.event, i);
      const kindIndex = draw.weighted(KIND_WEIGHTS);
      this.kind[i] = kindIndex;
      this.planParticipants(i, draw);
      this.citationStart[i + 1] = this.citationStart[i] + draw.weighted(CITATION_COUNTS) + 1;
      const figures = hasFigures(EVENT_KINDS[kindIndex].type) ? [0, 0, 1, 1, 1, 2][draw.int(0, 5)] : 0;
      this.figureStart[i + 1] = this.figureStart[i] + figures;
    }
    this.citationEvent = new Int32Array(this.citationStart[n]);
    for (let i = 0; i < n; i++) {
      let earliest = Number.MAX_SAFE_INTEGER;
      for (let k = this.citationStart[i]; k < this.citationStart[i + 1]; k++) {
        this.citationEvent[k] = i;
        earliest = Math.min(earliest, sourceDay(k % this.sources, this.sources));
      }
      this.reportedDay[i] = earliest;
    }
  }

  get eventCitations(): number {
    return this.citationStart[this.events];
  }

  get figures(): number {
    return this.figureStart[this.events];
  }

  participants(event: number): { id: number; role: string }[] {
    const list = [];
    for (let slot = 0; slot < this.participantCount[event]; slot++)
      list.push({ id: this.participantIds[event * MAX_PARTICIPANTS + slot], role: ROLES[this.participantRoles[event * MAX_PARTICIPANTS + slot]] });
    return list;
  }

  sourceTraits(source: number): SourceTraits {
    const draw = new Draw(this.entities.seed, STREAM.source, source);
    const language = LANGUAGES[draw.weighted(LANGUAGE_WEIGHTS)];
    return { language, publisherId: this.pickOutlet(draw, 0.9) };
  }

  citationTraits(citation: number): CitationTraits {
    const draw = new Draw(this.entities.seed, STREAM.citation, citation);
    return {
      stance: draw.chance(0.06) ? "DENIES" : "SUPPORTS",
      attributedToId: draw.chance(0.22) ? this.pickOutlet(draw, 1) : null,
      official: draw.chance(0.04),
    };
  }

  /** The earliest source citing an event (its first report). */
  firstSource(event: number): number {
    let best = this.citationStart[event] % this.sources;
    for (let k = this.citationStart[event]; k < this.citationStart[event + 1]; k++)
      if (sourceDay(k % this.sources, this.sources) < sourceDay(best, this.sources)) best = k % this.sources;
    return best;
  }

  /** A media outlet (generated ones by popularity, some of the seed's), or null with 1 − `known`. */
  private pickOutlet(draw: Draw, known: number): number | null {
    if (!draw.chance(known)) return null;
    const { seeds, outletOrdinals } = this.entities;
    if (seeds.outlets.length && (draw.chance(0.15) || !outletOrdinals.length)) return draw.pick(seeds.outlets).id;
    if (!outletOrdinals.length) return null;
    // Outlets are few: a mild skew (the big outlets publish more).
    const rank = Math.floor(outletOrdinals.length * draw.next() ** 2);
    return this.entities.orgId(outletOrdinals[rank]);
  }

  private planParticipants(event: number, draw: Draw): void {
    const kind = EVENT_KINDS[this.kind[event]];
    const wanted = Math.max(kind.slots.length, draw.weighted(PARTICIPANT_COUNTS) + 1);
    const slots = [...kind.slots];
    while (slots.length < wanted) slots.push(draw.pick(EXTRA_SLOTS));
    const base = event * MAX_PARTICIPANTS;
    let count = 0;
    let modelOwner: number | null = null;
    for (const [slot, role] of slots) {
      // A model's developer is its owner; other slots draw from the heavy-tailed populations.
      const id = slot === "org" && modelOwner !== null ? modelOwner : this.pick(slot, draw);
      if (slot === "model") modelOwner = this.ownerOf(id, draw);
      else if (slot === "org") modelOwner = null;
      let duplicate = false;
      for (let k = 0; k < count; k++) if (this.participantIds[base + k] === id) duplicate = true;
      if (duplicate) continue;
      this.participantIds[base + count] = id;
      this.participantRoles[base + count] = ROLES.indexOf(role);
      count++;
    }
    this.participantCount[event] = count;
  }

  private pick(slot: Slot, draw: Draw): number {
    const { seeds } = this.entities;
    const entities = this.entities;
    switch (slot) {
      case "model":
        return draw.chance(0.06) ? draw.pick(seeds.models).id : entities.modelId(entities.modelZipf.sample(draw));
      case "person":
        return draw.chance(0.05) ? draw.pick(seeds.people).id : entities.personId(entities.personZipf.sample(draw));
      case "investor":
      case "org":
        return seeds.pickOrganization(draw, EVENT_SLOT_WEIGHT) ?? entities.orgId(entities.orgZipf.sample(draw));
    }
  }

  private ownerOf(modelId: number, draw: Draw): number {
    const located = this.entities.locate(modelId);
    if (located) return this.entities.models[located.ordinal].ownerId;
    return this.entities.seeds.byId.get(modelId)?.ownerId ?? this.pick("org", draw);
  }
}
