import { DIGITS, NUMBER, parseNumberToken } from "./numbers";
import { SCALE, scaleFor } from "./scales";
import type { Figure } from "./types";

// Figures whose unit is written elsewhere: an amount after "dont" / "of which" takes the currency of the amount it
// divides ("1,7 milliard d'euros, dont 1,3 milliard"), a number after "contre" / "versus" the noun of the head count
// it is compared with ("700 personnes, contre environ 350"), and a number after the people it counts
// ("用户超过10亿", "उपयोगकर्ताओं की संख्या 10 करोड़").

const PART_OF = "dont|of which|including|davon|darunter|de los cuales|de las cuales|di cui|dos quais|das quais|termasuk|из них|منها|其中";
const COMPARED_WITH = "contre|compared with|against|versus|vs\\.?|gegenüber|frente a|frente aos?|rispetto a|contro|dibandingkan|против";
const APPROXIMATELY = "environ|about|around|roughly|rund|etwa|cerca de|circa|alrededor de|sekitar|около|près de";
/** Up to this many characters back, in the same sentence, the figure that lends its unit. */
const REACH = 80;

const PART_OF_AMOUNT = new RegExp(`(?:${PART_OF})\\s?(?<n>${DIGITS})\\s?(?<sc>${SCALE})(?![\\p{L}\\p{M}\\p{N}])`, "giu");
const COMPARED_COUNT = new RegExp(`(?:${COMPARED_WITH})\\s(?:(?:${APPROXIMATELY})\\s)?(?<n>${DIGITS})(?![\\p{N}.,]|\\s?(?:%|${SCALE})(?![\\p{L}]))`, "giu");

const CJK_PEOPLE_FIRST = "用户|用戶|使用者|员工|員工|会员|會員";
const HINDI_PEOPLE_FIRST = "उपयोगकर्ताओं|यूज़र्स|यूजर्स|ग्राहकों|कर्मचारियों";
// The number right after the people's noun, a verb of measure or "the number of … is" between them.
const PEOPLE_FIRST = new RegExp(
  `(?:${CJK_PEOPLE_FIRST})(?:数|數|人数|人數|规模|規模)?(?:已经|已經|已)?(?:达到|達到|达|達|超过|超過|逾|突破|约|約|近|为|為|有)?(?<cn>${NUMBER})\\s?(?<csc>${SCALE})?(?:人|名)?(?![元美%％倍次个個台部款份家\\d])` +
    `|(?:${HINDI_PEOPLE_FIRST})\\s(?:की|का)\\sसंख्या\\s(?<hn>${DIGITS})\\s?(?<hsc>${SCALE})?(?![\\p{L}\\p{M}])`,
  "giu",
);

/** The cue words must start a word; checked on the match rather than as a look-behind run at every position. */
const LETTER = /\p{L}/u;
const startsWord = (text: string, at: number) => at === 0 || !LETTER.test(text[at - 1]);

const SENTENCE_BREAK = /[.!?。！？।\n]/u;
const sameSentence = (text: string, from: number, to: number) => !SENTENCE_BREAK.test(text.slice(from, to).replace(/\d[.,]\d/gu, "0"));

function lender(figures: Figure[], kind: Figure["kind"], text: string, at: number): Figure | undefined {
  return figures.filter((figure) => figure.kind === kind && figure.end <= at && at - figure.end <= REACH && sameSentence(text, figure.end, at)).at(-1);
}

export function ellipticFigures(text: string, figures: Figure[], language: string): Figure[] {
  const found: Figure[] = [];
  // Each rule runs only when what it needs is there: an amount to divide, a head count to compare, the script.
  const has = (kind: Figure["kind"]) => figures.some((figure) => figure.kind === kind);
  if (has("MONEY"))
    for (const match of text.matchAll(PART_OF_AMOUNT)) {
      if (!startsWord(text, match.index)) continue;
      const money = lender(figures, "MONEY", text, match.index);
      const g = match.groups ?? {};
      if (!money?.unit || !g.n) continue;
      const start = match.index + match[0].indexOf(g.n);
      const value = parseNumberToken(g.n, language) * scaleFor(g.sc, language);
      found.push({
        kind: "MONEY",
        start,
        end: match.index + match[0].length,
        text: text.slice(start, match.index + match[0].length),
        value,
        unit: money.unit,
        currency: money.unit,
      });
    }
  if (has("COUNT"))
    for (const match of text.matchAll(COMPARED_COUNT)) {
      const g = match.groups ?? {};
      if (!g.n || !startsWord(text, match.index) || !lender(figures, "COUNT", text, match.index)) continue;
      const start = match.index + match[0].lastIndexOf(g.n);
      found.push({ kind: "COUNT", start, end: start + g.n.length, text: g.n, value: parseNumberToken(g.n, language), unit: "people" });
    }
  if (/^(?:zh|ja|hi)/u.test(language))
    for (const match of text.matchAll(PEOPLE_FIRST)) {
      const g = match.groups ?? {};
      const number = g.cn ?? g.hn;
      // Digits only: "用户一直" is no count.
      if (!number || !/\d/u.test(number)) continue;
      const start = match.index + match[0].indexOf(number);
      const value = parseNumberToken(number, language) * scaleFor(g.csc ?? g.hsc, language);
      if (Number.isNaN(value)) continue;
      found.push({ kind: "COUNT", start, end: match.index + match[0].length, text: text.slice(start, match.index + match[0].length), value, unit: "people" });
    }
  return found;
}
