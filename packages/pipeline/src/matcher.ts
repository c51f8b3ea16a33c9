import { KeywordAutomaton } from "./automaton";
import { foldPreservingOffsets } from "./fold";
import { inflectedEnd, russianDeclension, scriptStartAllowed } from "./inflection";
import { adjacentWord, isSentenceInitial, nextChar, previousChar, SENTENCE_END } from "./text-context";

export type EntityKind = "ORGANIZATION" | "MODEL" | "PERSON" | "PRODUCT" | "FACILITY";

export interface AliasInput {
  entityId: number;
  slug: string;
  /** The alias as written ("Alexandr Wang", "汪滔", "MSL"). Include the entity's own name as one alias. */
  name: string;
  language: string;
  /** official, translation, nickname, abbreviation, surname, short-name… */
  kind: string;
  /** Lets the matcher derive bare surnames of people and treat them as needing support. */
  entityKind?: EntityKind;
  /**
   * The alias also names something else (a common word, another entity: 苹果 the fruit, 小米 the
   * grain): it is linked where the entity is named unambiguously elsewhere in the document, or where
   * another entity is named in the same sentence (the field's context), and nowhere else.
   */
  ambiguous?: boolean;
}

export interface Mention {
  entityId: number;
  slug: string;
  start: number;
  end: number;
  surface: string;
  /** How the mention was found: absent for an exact alias match, "transliteration" for a phonetic proposal. */
  linkedBy?: "transliteration";
  /** Below 1 for a proposal (0.72–0.9 for transliteration); absent for an exact alias match. */
  confidence?: number;
}

export interface AliasMatcher {
  findMentions(text: string): Mention[];
}

/**
 * How strictly the letter case of the text must agree with the alias:
 * - "acronym": all capitals (FAIR, MSL, X) — "fair" the adjective is not FAIR;
 * - "capitalized": one title-case word (Meta, Mango, Quest) that may also be a common noun — "la meta" is not Meta;
 * - "folded": anything more distinctive (OpenAI, Scale AI, gpt-oss, 汪滔) matches case- and accent-insensitively.
 */
type CasePolicy = "acronym" | "capitalized" | "folded";

interface CompiledAlias {
  entityId: number;
  slug: string;
  name: string;
  casePolicy: CasePolicy;
  /** A bare surname or name fragment: only linked when the entity is named unambiguously elsewhere in the document. */
  needsSupport: boolean;
  /** Also names something else: linked when the entity is named unambiguously in the document, or another entity is in the same sentence. */
  ambiguous: boolean;
  /** For a declined stem ("Мет" of "Мета"): the endings one of which must follow it. */
  requiredEndings?: string[];
}

interface Candidate {
  alias: CompiledAlias;
  start: number;
  end: number;
}

/** Scripts written without spaces between words: no word boundary is required next to them. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const OPENING_QUOTES = new Set(['"', "'", "“", "‘", "«", "「", "『", "„", "‹"]);
const CLOSING_QUOTES = new Set(['"', "'", "”", "’", "»", "」", "』", "“", "›"]);
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/giu;

function isAlphabeticWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !UNSPACED_SCRIPT.test(char);
}

function tokensOf(name: string): string[] {
  return name.split(/\s+/u).filter((token) => token.length > 0);
}

function isLatinWord(token: string): boolean {
  return /^[\p{Script=Latin}\p{M}'’-]+$/u.test(token);
}

function casePolicyOf(name: string): CasePolicy {
  const letters = [...name].filter((char) => /\p{L}/u.test(char));
  if (letters.length === 0 || !letters.every((char) => LATIN_LETTER.test(char))) return "folded";
  if (letters.every((char) => char === char.toUpperCase() && char !== char.toLowerCase())) return "acronym";
  const tokens = tokensOf(name);
  const [first, ...rest] = [...name];
  if (tokens.length === 1 && first === first.toUpperCase() && rest.join("") === rest.join("").toLowerCase() && isLatinWord(name)) return "capitalized";
  return "folded";
}

function compileAliases(aliases: AliasInput[]): CompiledAlias[] {
  const compiled = new Map<string, CompiledAlias>();
  const add = (alias: AliasInput, name: string, needsSupport: boolean, ambiguous = false) => {
    const key = `${alias.entityId}\u0000${name}`;
    const existing = compiled.get(key);
    // An alias declared outright is never weakened by the same string derived as a surname or marked ambiguous elsewhere.
    if (existing) {
      existing.needsSupport &&= needsSupport;
      existing.ambiguous &&= ambiguous;
    } else compiled.set(key, { entityId: alias.entityId, slug: alias.slug, name, casePolicy: casePolicyOf(name), needsSupport, ambiguous });
    const declension = russianDeclension(name);
    if (declension && !compiled.has(`${key}\u0000stem`))
      compiled.set(`${key}\u0000stem`, {
        entityId: alias.entityId,
        slug: alias.slug,
        name: declension.stem,
        casePolicy: "folded",
        needsSupport,
        ambiguous,
        requiredEndings: declension.endings,
      });
  };
  const multiTokenNamesByEntity = new Map<number, string[][]>();
  for (const alias of aliases) {
    const tokens = tokensOf(alias.name.normalize("NFKC"));
    if (tokens.length > 1 && tokens.every(isLatinWord)) multiTokenNamesByEntity.set(alias.entityId, [...(multiTokenNamesByEntity.get(alias.entityId) ?? []), tokens]);
  }
  for (const alias of aliases) {
    const name = alias.name.normalize("NFKC").trim();
    if (name === "") continue;
    const declaredShort = /^(?:surname|short[-_ ]?name|last[-_ ]?name|family[-_ ]?name)$/i.test(alias.kind);
    // A single word that is part of a person's full name ("Zuckerberg" of "Mark Zuckerberg") is as ambiguous as a surname.
    const fragmentOfFullName =
      alias.entityKind === "PERSON" && tokensOf(name).length === 1 && (multiTokenNamesByEntity.get(alias.entityId) ?? []).some((tokens) => tokens.includes(name));
    add(alias, name, declaredShort || fragmentOfFullName, alias.ambiguous === true);
  }
  // People are referred to by surname after the first mention: derive it from their Latin full names.
  for (const alias of aliases) {
    if (alias.entityKind !== "PERSON") continue;
    const tokens = tokensOf(alias.name.normalize("NFKC"));
    const surname = tokens[tokens.length - 1];
    if (tokens.length > 1 && tokens.every(isLatinWord) && surname.length > 1 && /^\p{Lu}/u.test(surname)) add(alias, surname, true);
  }
  return [...compiled.values()];
}

/** Where the mention ends (past a glued inflection), or `undefined` when the span is not a whole name here. */
function mentionEnd(text: string, start: number, end: number, alias: CompiledAlias): number | undefined {
  const surface = text.slice(start, end);
  const firstChar = nextChar(surface, 0);
  const lastChar = previousChar(surface, surface.length);
  const startAllowed = scriptStartAllowed(text, start);
  if (startAllowed === false) return undefined;
  // Only alphabetic edges need a boundary: "Meta的" and "Meta公司" are fine, "Metaverse" is not Meta.
  if (startAllowed === undefined && isAlphabeticWordChar(firstChar) && isAlphabeticWordChar(previousChar(text, start))) return undefined;
  // An apostrophe followed by letters continues an elided word ("Quest'anno" is not Quest), except the possessive "'s".
  const apostropheAfter = text[end] === "'" || text[end] === "’";
  const after = apostropheAfter && isAlphabeticWordChar(lastChar) ? /^['’](\p{L}+)/u.exec(text.slice(end, end + 12)) : null;
  if (after && after[1].toLowerCase() !== "s") return undefined;
  return inflectedEnd(text, end, alias.requiredEndings);
}

function startsUpper(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

function satisfiesCase(alias: CompiledAlias, text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  switch (alias.casePolicy) {
    case "folded":
      return true;
    case "capitalized": {
      const first = surface.charCodeAt(0);
      // ASCII decides without a regular expression: A–Z is upper case, a–z is not.
      if (first < 0x80 ? first >= 0x41 && first <= 0x5a : /^\p{Lu}/u.test(surface)) return true;
      // A lower-case common word still names the entity when quoted as a name: “avocado”.
      return OPENING_QUOTES.has(previousChar(text, start) ?? "") && CLOSING_QUOTES.has(nextChar(text, end) ?? "");
    }
    case "acronym": {
      if (surface === alias.name) return true;
      // Machine translation sometimes title-cases acronyms ("la divisione ( Fair ) di Meta"). Accept that only
      // mid-sentence, where a capital cannot come from grammar, and not inside a longer proper name ("Vanity Fair").
      const titleCase = alias.name[0] + alias.name.slice(1).toLowerCase();
      return (
        alias.name.length >= 3 &&
        surface === titleCase &&
        !isSentenceInitial(text, start) &&
        !startsUpper(adjacentWord(text, start, -1)) &&
        !startsUpper(adjacentWord(text, end, 1))
      );
    }
  }
}

/** Longest spans first, then earliest; a span overlapping one already taken is dropped. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  for (const candidate of ordered) {
    if (taken.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Compiles every alias of every entity, in every script, into one Aho–Corasick automaton over folded text
 * (case, accents, Traditional/Simplified Chinese), then applies word boundaries, case rules and context.
 */
export function buildAliasMatcher(aliases: AliasInput[]): AliasMatcher {
  const compiled = compileAliases(aliases);
  const aliasesByFoldedName = new Map<string, CompiledAlias[]>();
  for (const alias of compiled) {
    const folded = foldPreservingOffsets(alias.name);
    aliasesByFoldedName.set(folded, [...(aliasesByFoldedName.get(folded) ?? []), alias]);
  }
  // A plain automaton over UTF-16 code units: folding keeps lengths, so its indexes are offsets into the text.
  const keywords = [...aliasesByFoldedName.keys()];
  const aliasesByKeyword = keywords.map((keyword) => aliasesByFoldedName.get(keyword) ?? []);
  const automaton = new KeywordAutomaton(keywords);

  return {
    findMentions(text: string): Mention[] {
      const folded = foldPreservingOffsets(text);
      // Names inside web addresses (".../researchers-leave-meta-superintelligence-labs-openai/") are not mentions.
      // An address starts "http" or "www." in some case, which folding lowers: without either there is none to scan for.
      const mayHaveUrl = folded.includes("http") || folded.includes("www.");
      const urls = mayHaveUrl ? [...text.matchAll(URL)].map((url) => ({ start: url.index, end: url.index + url[0].length })) : [];
      const candidates: Candidate[] = [];
      automaton.search(folded, (last, keyword) => {
        const start = last + 1 - automaton.lengths[keyword];
        const end = last + 1;
        if (urls.some((url) => start < url.end && url.start < end)) return;
        // Several entities may share a surface; keep each reading, resolve after overlaps.
        for (const alias of aliasesByKeyword[keyword]) {
          if (!satisfiesCase(alias, text, start, end)) continue;
          const mentionEndsAt = mentionEnd(text, start, end, alias);
          if (mentionEndsAt !== undefined) candidates.push({ alias, start, end: mentionEndsAt });
        }
      });

      // Unambiguous names anchor entities in this document; fragments only link to anchored entities, and an
      // ambiguous alias to an anchored entity or where another entity is anchored in its sentence.
      const anchorStarts = new Map<number, number[]>();
      for (const candidate of selectNonOverlapping(candidates.filter((c) => !c.alias.needsSupport && !c.alias.ambiguous)))
        anchorStarts.set(candidate.alias.entityId, [...(anchorStarts.get(candidate.alias.entityId) ?? []), candidate.start]);
      const inContext = (candidate: Candidate) => {
        const { start, end } = sentenceAround(text, candidate.start, candidate.end);
        return [...anchorStarts].some(([entityId, starts]) => entityId !== candidate.alias.entityId && starts.some((at) => at >= start && at < end));
      };
      const supported = candidates.filter((c) => {
        if (anchorStarts.has(c.alias.entityId)) return true;
        if (c.alias.needsSupport) return false;
        return !c.alias.ambiguous || inContext(c);
      });

      const chosen = selectNonOverlapping(pickOneReadingPerSpan(supported, anchorStarts));
      return chosen.map(({ alias, start, end }) => ({ entityId: alias.entityId, slug: alias.slug, start, end, surface: text.slice(start, end) }));
    },
  };
}

/** The sentence (or line) holding text[start, end): from after the previous sentence end to the next one. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]) && text[from - 1] !== "\n") from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]) && text[to] !== "\n") to++;
  return { start: from, end: to };
}

/**
 * When one span reads as several entities ("Wang" with two Wangs in the document), prefer the entity named
 * most recently before it, then any entity named in the document, then the first declared.
 */
function pickOneReadingPerSpan(candidates: Candidate[], anchorStarts: Map<number, number[]>): Candidate[] {
  const bySpan = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.start}:${candidate.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), candidate]);
  }
  return [...bySpan.values()].map((readings) => {
    const entities = new Set(readings.map((reading) => reading.alias.entityId));
    if (entities.size === 1) return readings[0];
    const lastAnchorBefore = (reading: Candidate) => Math.max(-1, ...(anchorStarts.get(reading.alias.entityId) ?? []).filter((start) => start < reading.start));
    const anchored = readings.filter((reading) => anchorStarts.has(reading.alias.entityId));
    if (anchored.length === 0) return readings[0];
    return anchored.reduce((best, reading) => (lastAnchorBefore(reading) > lastAnchorBefore(best) ? reading : best));
  });
}
