import { createHash } from "node:crypto";
import { copyLine } from "../db/copy-format";
import type { SpillFile } from "../db/spill";
import { isoDay, sourceDay } from "./calendar";
import { EVENT_KINDS } from "./event-types";
import { figureText, planFigure } from "./figures";
import { writeSentence, type Category, type Language } from "./languages";
import type { CorpusPlan } from "./plan";
import { Draw, STREAM } from "./prng";

/**
 * The sources pass: each source's text (about 2 KB) in its language, made of one sentence per
 * event it cites and filler sentences, with the citations (each quote a substring of the text at
 * `quoteStart`) and mentions (the names in those sentences) spilled to files for their own COPY.
 */
export const SOURCE_COLUMNS = [
  "id",
  "key",
  "url",
  "title",
  "publisherId",
  "language",
  "publishedOn",
  "publishedPrecision",
  "publicOn",
  "text",
  "contentHash",
  "minHash",
  "origin",
  "synthetic",
];
export const CITATION_COLUMNS = ["sourceId", "quote", "quoteStart", "attributedToId", "stance", "eventId", "figureId", "official"];
export const MENTION_COLUMNS = ["sourceId", "entityId", "start", "end", "surface"];

const MAX_MENTIONS_PER_SOURCE = 12;
const CJK = new Set(["zh-Hans", "zh-Hant", "ja"]);

export interface IdBases {
  event: number;
  source: number;
  figure: number;
}

interface Sentence {
  text: string;
  names: { id: number; surface: string }[];
}

/** The sentence a source in `language` writes about an event; the first citation also gives the figures. */
export function eventSentence(plan: CorpusPlan, event: number, language: Language, withFigures: boolean): Sentence {
  const kind = EVENT_KINDS[plan.kind[event]];
  const participants = plan.participants(event);
  const needsTwo = kind.category !== "money" && kind.category !== "org";
  const category: Category = needsTwo && participants.length < 2 ? "org" : kind.category;
  const named = participants.slice(0, category === "money" || category === "org" ? 1 : 2);
  const surfaces = named.map(({ id }) => plan.entities.nameIn(id, language.script, language.tag));
  const figures: string[] = [];
  if (withFigures)
    for (let f = plan.figureStart[event]; f < plan.figureStart[event + 1]; f++)
      figures.push(figureText(planFigure(kind.type, new Draw(plan.entities.seed, STREAM.figure, f), plan.reportedDay[event]), language.tag));
  return {
    text: writeSentence(language, category, surfaces[0], surfaces[1] ?? surfaces[0], figures),
    names: named.map(({ id }, index) => ({ id, surface: surfaces[index] })),
  };
}

export function* sourceLines(plan: CorpusPlan, ids: IdBases, spill: { citations: SpillFile; mentions: SpillFile }): Generator<string> {
  const sources = plan.sources;
  const citations = plan.eventCitations;
  for (let j = 0; j < sources; j++) {
    const { language, publisherId } = plan.sourceTraits(j);
    const draw = new Draw(plan.entities.seed, STREAM.source, j + 0x40000000);
    const separator = CJK.has(language.tag) ? "" : " ";
    const sourceId = ids.source + j;
    const parts: string[] = [];
    let length = 0;
    const append = (text: string) => {
      if (parts.length) {
        parts.push(separator);
        length += separator.length;
      }
      const start = length;
      parts.push(text);
      length += text.length;
      return start;
    };
    let title: string | null = null;
    const mentioned = new Set<number>();
    for (let k = j; k < citations; k += sources) {
      const event = plan.citationEvent[k];
      const first = k === plan.citationStart[event];
      if (draw.chance(0.4)) append(draw.pick(language.fillers));
      const sentence = eventSentence(plan, event, language, first);
      title ??= sentence.text;
      const start = append(sentence.text);
      const traits = plan.citationTraits(k);
      const eventId = ids.event + event;
      spill.citations.write(copyLine([sourceId, sentence.text, start, traits.attributedToId, traits.stance, eventId, null, traits.official]));
      // The figures' citations quote the sentence that gives them.
      if (first)
        for (let f = plan.figureStart[event]; f < plan.figureStart[event + 1]; f++)
          spill.citations.write(copyLine([sourceId, sentence.text, start, traits.attributedToId, "SUPPORTS", null, ids.figure + f, traits.official]));
      for (const { id, surface } of sentence.names) {
        if (mentioned.has(id) || mentioned.size >= MAX_MENTIONS_PER_SOURCE) continue;
        const at = sentence.text.indexOf(surface);
        if (at < 0) continue;
        mentioned.add(id);
        spill.mentions.write(copyLine([sourceId, id, start + at, start + at + surface.length, surface]));
      }
    }
    const targetBytes = draw.int(1700, 2400);
    while (length * language.bytesPerChar < targetBytes) append(draw.pick(language.fillers));
    const text = parts.join("");
    const headline = title ?? `${language.fillers[0]} (${j})`;
    const published = isoDay(sourceDay(j, sources));
    yield copyLine([
      sourceId,
      `syn-src-${j}`,
      `https://synthetic.invalid/${language.tag}/${j}`,
      headline.length > 110 ? `${headline.slice(0, 109)}…` : headline,
      publisherId,
      language.tag,
      published,
      "DAY",
      // A day-precise date: public from that very day (the as-of rule, docs/trust.md).
      published,
      text,
      createHash("sha256").update(text).digest("hex"),
      "{}",
      "INGEST",
      true,
    ]);
  }
}
