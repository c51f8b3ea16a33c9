import { LATIN_STOP_WORDS, NON_ENTITY_HEAD } from "./stop-words";
import { guessLatinType, isModelSuffix, isOrgContext, isPersonTitle, type LatinContext } from "./type-guess";
import type { DiscoveredType } from "./types";

/** A name found in a cased script (Latin, Cyrillic, Greek), before it is checked against the linker's mentions. */
export interface FoundName {
  start: number;
  end: number;
  type: DiscoveredType;
  cue?: string;
  /** The name contains a linked mention it extends with a version or tier ("Gemini 3 Pro" around "Gemini"). */
  extendsKnown?: boolean;
}

// A name token: a capital (or "iPhone", "xAI" shapes), then letters, digits and inner hyphens or dots ("DeepSeek-V3.2",
// "GPT-5"); then more such tokens or bare version numbers ("Claude Opus 4.5"), joined by single spaces. The possessive
// "'s" and other apostrophes end a token, so "Nvidia's" yields "Nvidia".
const CASED = String.raw`[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{M}\p{N}]`;
const TOKEN = String.raw`(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})${CASED}*(?:[-.]${CASED}+)*`;
const VERSION = String.raw`\d+(?:\.\d+)*\p{sc=Latin}{0,2}(?![\p{L}\p{N}])`;
// Only particles that cannot be a preposition on their own join two names ("von der Leyen", not "Brenner von Kaltwerk").
const PARTICLE = "(?:&|van der|von der|van den|de la|bin|ibn)";
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}])${TOKEN}(?: (?:${PARTICLE} )?(?:${TOKEN}|${VERSION}))*`, "gu");
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’-]*/gu;
const PLAIN = /^\p{Lu}\p{Ll}+$/u;
const TRAILING_DOT = /\.$/u;
const ELISION = /^\p{L}{1,4}['’](?=\p{L})/u;
const SENTENCE_OPENERS = /["“‘'«([¿¡—–-]/u;

/** Languages that capitalise every noun: there a single capitalised word is a name only when a cue says so. */
const CAPITALISE_NOUNS = new Set(["de", "lb"]);
/** Languages that put a title before the name of the employer it belongs to ("CEO Indosat": Indosat's CEO). */
const HEAD_FIRST = new Set(["id", "ms"]);
// In those languages a capitalised word after an article is a noun, and a noun right before a name describes it
// ("der Chiphersteller Kaltwerk", "des KI-Start-ups Lumenia", "der Konzernchef Lukas Brenner"): its ending types the name.
const ARTICLE_BEFORE = /(?:^|[\s(])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|vom|zum|zur|beim|im)\s+$/iu;
// prettier-ignore
const NOUN_TYPES: Array<[RegExp, DiscoveredType]> = [
  [/(?:chef|chefin|gründer|gründerin|forscher|forscherin|direktor|direktorin|manager|managerin|leiter|leiterin|ingenieur|ingenieurin|wissenschaftler|wissenschaftlerin|experte|expertin)$/iu, "PERSON"],
  [/(?:modell|modells)$/iu, "MODEL"],
  [/(?:chip|chips|app|plattform|brille|assistent|chatbot|prozessor)$/iu, "PRODUCT"],
  [/(?:hersteller|konzern|konzerns|firma|unternehmen|unternehmens|start-?ups?|riese|riesen|gigant|anbieter|anbieters|labor|labors|rivale|konkurrent|entwickler|investor|fonds|gruppe|tochter)$/iu, "ORGANIZATION"],
];

interface Token {
  text: string;
  start: number;
}

function tokensOf(run: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const text of run.split(" ")) {
    tokens.push({ text: text.replace(TRAILING_DOT, ""), start: offset + at });
    at += text.length + 1;
  }
  return tokens;
}

// A capitalised article inside a sentence belongs to the name after it ("l'assistant Le Chat", "The Information").
const NAME_ARTICLES = new Set(["Le", "La", "Les", "El", "Il", "Lo", "The"]);
// A generic acronym or place before a hyphen makes a common compound ("KI-Plattform", "US-Hyperscaler", "ИИ-сервисов").
const GENERIC_COMPOUND = /^([\p{L}]+)-[\p{L}-]+$/u;
const NUMBER = /^\d[\d.,]*$/u;

/** Cuts a capitalised run at titles and stop words: "Nvidia CEO Jensen Huang" gives "Nvidia" and "Jensen Huang". */
function splitRun(tokens: Token[], opensSentence: (start: number) => boolean, nounsCapitalised: boolean): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase();
    const current = parts[parts.length - 1];
    const article = NAME_ARTICLES.has(token.text) && i + 1 < tokens.length && !opensSentence(token.start);
    const leadingStop = current.length === 0 && !article && (LATIN_STOP_WORDS.has(lower) || NUMBER.test(token.text));
    const compound = GENERIC_COMPOUND.exec(token.text);
    // A capitalised "Model" or "App" is a cue only where nouns are capitalised or at a sentence start ("App Store" is a name).
    const context = isOrgContext(token.text) && (nounsCapitalised || opensSentence(token.start));
    if (isPersonTitle(token.text) || leadingStop || context || (compound && LATIN_STOP_WORDS.has(compound[1].toLowerCase()))) parts.push([]);
    else current.push(token);
  });
  return parts.filter((part) => part.length > 0);
}

/** What the linker found at the start of a run: the run goes on past it with a product or a unit of the known name. */
function knownPrefix(part: Token[], mentions: ReadonlyArray<{ start: number; end: number }>) {
  const first = part[0].start;
  const mention = mentions.find((m) => m.start <= first && first < m.end);
  if (!mention) return undefined;
  const rest = part.findIndex((token) => token.start >= mention.end);
  return rest === -1 ? { rest: part.length, mention } : { rest, mention };
}

function wordsAround(text: string, start: number, end: number, language: string, last: string): LatinContext {
  // An elided article belongs to the word it is glued to: "l'assistant" is the cue "assistant".
  const bare = (word: string) => word.replace(TRAILING_DOT, "").replace(ELISION, "");
  const before = [...text.slice(Math.max(0, start - 60), start).matchAll(WORD)].map((m) => bare(m[0])).reverse();
  const after = [...text.slice(end, end + 40).matchAll(WORD)].map((m) => m[0].replace(TRAILING_DOT, ""));
  // A possessive belongs to the name, not to its context: "Nvidia's chips" has "chips" next to it.
  const possessive = /^['’]s(?![\p{L}])/u.test(text.slice(end));
  if (possessive) after.shift();
  const apposition = /^\s*,\s*\p{Ll}/u.test(text.slice(end, end + 4)) ? after.slice(0, 3) : undefined;
  return { before, after, possessive, apposition, titleBeforeEmployer: HEAD_FIRST.has(language), endsWithPlace: LATIN_STOP_WORDS.has(last.toLowerCase()) };
}

/** Version numbers and tier words: after a known name they extend it ("Gemini 3 Pro", "ChatGPT Go") rather than name something new. */
const extendsName = (token: Token) => /^\d/u.test(token.text) || token.text.length <= 3 || isModelSuffix(token.text);

/**
 * Capitalised names in cased scripts with their type guesses. Hard negatives are dropped: stop words (months,
 * weekdays, countries, cities, function words), and a lone plain word that opens a sentence or that the same
 * document also writes in lower case (a common word, capitalised by grammar only). A run that starts with a
 * name the linker knows yields what follows it ("Amazon Web Services" → "Web Services"), or the whole run when
 * only a version or tier follows ("Gemini 3 Pro"); without other cues that is a product of the known name.
 */
export function findCasedNames(input: {
  text: string;
  language: string;
  sentenceStarts: ReadonlySet<number>;
  grammaticalCapitals: boolean;
  mentions: ReadonlyArray<{ start: number; end: number }>;
}): FoundName[] {
  const { text, language } = input;
  const lowerWords = new Set<string>();
  if (input.grammaticalCapitals) for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) lowerWords.add(match[0]);
  const opensSentence = (start: number) => {
    let at = start;
    let quoted = false;
    while (at > 0 && (text[at - 1] === " " || SENTENCE_OPENERS.test(text[at - 1]))) {
      quoted ||= text[at - 1] !== " ";
      at--;
    }
    // A quotation after a colon opens a sentence of its own (dijo: «Hemos …»).
    return input.sentenceStarts.has(at) || input.sentenceStarts.has(start) || (quoted && text[at - 1] === ":");
  };
  const names: FoundName[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    for (const found of splitRun(tokensOf(match[0], match.index), opensSentence, CAPITALISE_NOUNS.has(language))) {
      // A common word opening the sentence is not part of the name after it ("Rivals Anthropic and …").
      const opener = found[0];
      let part = found.length > 1 && opensSentence(opener.start) && PLAIN.test(opener.text) && lowerWords.has(opener.text.toLowerCase()) ? found.slice(1) : found;
      let nounType: DiscoveredType | undefined;
      if (CAPITALISE_NOUNS.has(language) && part.length > 1 && ARTICLE_BEFORE.test(text.slice(Math.max(0, part[0].start - 12), part[0].start))) {
        nounType = NOUN_TYPES.find(([ending]) => ending.test(part[0].text))?.[1];
        part = part.slice(1);
      }
      // "Google Gemini 3 Pro": past every known name that is not extended by a version or tier alone.
      let known = part.length > 0 ? knownPrefix(part, input.mentions) : undefined;
      let extendsKnown = false;
      while (known && part.length > 0) {
        extendsKnown = known.rest < part.length && part.slice(known.rest).every(extendsName);
        if (extendsKnown) break;
        part = part.slice(known.rest);
        const next = part.length > 0 ? knownPrefix(part, input.mentions) : undefined;
        if (!next) break;
        known = next;
      }
      if (part.length === 0 || NON_ENTITY_HEAD.test(part[part.length - 1].text)) continue;
      const words = part.map((token) => token.text);
      if (words.every((word) => LATIN_STOP_WORDS.has(word.toLowerCase()))) continue;
      const start = part[0].start;
      const end = part[part.length - 1].start + part[part.length - 1].text.length;
      const single = words.length === 1 && PLAIN.test(words[0]);
      const common = single && lowerWords.has(words[0].toLowerCase());
      if (single && (opensSentence(start) || common)) continue;
      if (words.length === 1 && words[0].length < 2) continue;
      let guess = nounType
        ? { type: nounType, cue: text.slice(match.index, start).trim() }
        : guessLatinType(words, wordsAround(text, start, end, language, words[words.length - 1]));
      // After a known name, a plain noun of a language that capitalises nouns is just a noun ("Telekoms Rechenzentren").
      if (known && !extendsKnown && single && CAPITALISE_NOUNS.has(language)) continue;
      if (known && guess.cue === undefined) guess = { type: "PRODUCT", cue: text.slice(known.mention.start, known.mention.end) };
      // Where every noun is capitalised, plain capitalised words say nothing by themselves: a cue must.
      if (CAPITALISE_NOUNS.has(language) && guess.cue === undefined && words.every((word) => PLAIN.test(word))) continue;
      names.push({ start, end, ...guess, extendsKnown });
    }
  }
  return names;
}
