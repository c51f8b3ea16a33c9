import type { EntityKind } from "../matcher";
import type { FoundName } from "./latin";
import type { DiscoveredType } from "./types";

/**
 * Names in spaced scripts without capitals (Arabic, Devanagari) by context cues only: a title, an organisation
 * or a model word next to one or two words that are not function words. Without a cue nothing is proposed:
 * precision before recall where the shape of a word says nothing.
 */
interface CueTable {
  /** Cue words followed by the name, with the type they give and how many words the name may take. */
  before: Map<string, { type: DiscoveredType; words: number }>;
  /** Cue words preceded by the name. */
  after: Map<string, { type: DiscoveredType; words: number }>;
  stop: Set<string>;
}

const table = (before: Array<[string, DiscoveredType, number]>, after: Array<[string, DiscoveredType, number]>, stop: string): CueTable => ({
  before: new Map(before.flatMap(([cues, type, words]) => cues.split(" ").map((cue) => [cue, { type, words }] as const))),
  after: new Map(after.flatMap(([cues, type, words]) => cues.split(" ").map((cue) => [cue, { type, words }] as const))),
  stop: new Set(stop.split(" ")),
});

// prettier-ignore
const TABLES: Record<string, CueTable> = {
  ar: table(
    [
      ["التنفيذي المؤسس مؤسس ومؤسس المؤسس الشريك الباحث الباحثة العالم السيد السيدة الدكتور البروفيسور مديرة مدير", "PERSON", 2],
      // Royal and honorific titles precede names with a patronymic ("محمد بن …"): three words.
      ["الأمير الملك الشيخ الشيخة الأميرة", "PERSON", 3],
      ["شركة لشركة بشركة وشركة الشركة مختبر مختبرات مجموعة لمجموعة صندوق", "ORGANIZATION", 1],
      ["نموذج النموذج نموذجها نموذجه لنموذج ونموذج", "MODEL", 1],
      ["تطبيق منصة رقاقة شريحة رقائق", "PRODUCT", 2],
    ],
    [],
    "في من إلى على عن مع أن إن إنها إنه أنها أنه إذ حيث كما بينما لكن هذا هذه التي الذي الذين و أو ثم قد لقد كان كانت يوم عام بعد قبل منذ خلال الجديد الجديدة الرئيس التنفيذي للذكاء الاصطناعي الأمريكية الصينية العملاقة الناشئة",
  ),
  hi: table(
    [
      ["सीईओ संस्थापक सह-संस्थापक प्रमुख वैज्ञानिक शोधकर्ता श्री प्रोफेसर डॉ अध्यक्ष निदेशक", "PERSON", 2],
      ["कंपनी स्टार्टअप फर्म लैब प्रयोगशाला समूह", "ORGANIZATION", 1],
    ],
    [
      ["कंपनी", "ORGANIZATION", 2],
      ["मॉडल", "MODEL", 2],
      ["ऐप चिप प्लेटफॉर्म चैटबॉट", "PRODUCT", 2],
    ],
    "के की का ने को में से पर और कि जो है हैं था थे भी यह वह इस उस एक नई नया नए अपने अपनी साथ लिए बाद पहले अमेरिकी चीनी भारतीय एआई",
  ),
};

/** Tier words that extend a known product in transliteration ("चैटजीपीटी गो", "… प्रो", "… تشات"). */
const TIERS = new Set("गो प्रो प्लस मैक्स मिनी अल्ट्रा लाइट चैट برو بلس ماكس ميني ألترا لايت تشات شات".split(" "));
// Plans and apps ("Go", "Plus", "Chat") are products whatever the known name is; other tiers keep a model a model.
const PRODUCT_TIERS = new Set("गो प्लस चैट بلس تشات شات".split(" "));
/** Where a comma lists names; in Arabic a comma as often opens a clause (، إذ …). */
const LISTS_BY_COMMA = new Set(["hi"]);
/** Words that join the items of a list: a word listed next to a known name is a name of its kind. */
const LIST_GLUE = /^\s*(?:[,،]|और|या|तथा|एवं)\s*$/u;

const SPACED_WORD = /[^\s.,;:!?،؛।॥()"«»“”]+/gu;

export function findUncasedNames(
  text: string,
  language: string,
  mentions: ReadonlyArray<{ start: number; end: number; entityId: number }> = [],
  entityKinds?: ReadonlyMap<number, EntityKind>,
): FoundName[] {
  const cues = TABLES[language];
  if (!cues) return [];
  const words = [...text.matchAll(SPACED_WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  const isNameWord = (i: number) =>
    i >= 0 && i < words.length && !cues.stop.has(words[i].text) && !cues.before.has(words[i].text) && !cues.after.has(words[i].text) && !/\d/u.test(words[i].text);
  // Words of one name sit in one clause: no punctuation between them.
  const adjacent = (i: number, j: number) => /^\s+$/u.test(text.slice(words[i].end, words[j].start));
  const names: FoundName[] = [];
  words.forEach((word, i) => {
    const forward = cues.before.get(word.text);
    // The name after a cue may be quoted: نموذج «نوران».
    if (forward && isNameWord(i + 1) && /^[\s«"“'‘]+$/u.test(text.slice(word.end, words[i + 1].start))) {
      let last = i + 1;
      while (last - i < forward.words && isNameWord(last + 1) && adjacent(last, last + 1)) last++;
      names.push({ start: words[i + 1].start, end: words[last].end, type: forward.type, cue: word.text });
    }
    const backward = cues.after.get(word.text);
    if (backward && isNameWord(i - 1) && adjacent(i - 1, i)) {
      let first = i - 1;
      while (i - first < backward.words && isNameWord(first - 1) && adjacent(first - 1, first)) first--;
      names.push({ start: words[first].start, end: words[i - 1].end, type: backward.type, cue: word.text });
    }
  });
  for (const mention of mentions) {
    const at = words.findIndex((word) => word.start >= mention.end);
    if (at === -1) continue;
    const next = words[at];
    // "चैटजीपीटी गो": a tier right after a known name is the known name's edition.
    if (TIERS.has(next.text) && /^\s+$/u.test(text.slice(mention.end, next.start)))
      names.push({
        start: mention.start,
        end: next.end,
        type: entityKinds?.get(mention.entityId) === "MODEL" && !PRODUCT_TIERS.has(next.text) ? "MODEL" : "PRODUCT",
        cue: next.text,
        extendsKnown: true,
      });
    const kind = entityKinds?.get(mention.entityId);
    if (!LISTS_BY_COMMA.has(language) || (kind !== "ORGANIZATION" && kind !== "PRODUCT" && kind !== "MODEL")) continue;
    // "गूगल, जियो और …": one word listed right after a known name, or right before one, is a name of its kind.
    if (isNameWord(at) && LIST_GLUE.test(text.slice(mention.end, next.start)) && (at + 1 >= words.length || !adjacent(at, at + 1) || cues.stop.has(words[at + 1].text)))
      names.push({ start: next.start, end: next.end, type: kind, cue: text.slice(mention.start, mention.end) });
    const previous = at - 1 >= 0 && words[at - 1].end <= mention.start ? at - 1 : at - 2;
    if (
      previous >= 0 &&
      words[previous].end <= mention.start &&
      isNameWord(previous) &&
      LIST_GLUE.test(text.slice(words[previous].end, mention.start)) &&
      (previous === 0 || !adjacent(previous - 1, previous) || cues.stop.has(words[previous - 1].text))
    )
      names.push({ start: words[previous].start, end: words[previous].end, type: kind, cue: text.slice(mention.start, mention.end) });
  }
  return names;
}
