import type { Figure, FigureQualifier } from "./types";

// Words that bound or approximate an amount, a share or a head count, written before or after it in each language.

// prettier-ignore
const BEFORE: Record<Exclude<FigureQualifier, "EXACT" | "RANGE">, string> = {
  AT_LEAST: "more than|over|at least|upwards of|in excess of|plus de|au moins|mehr als|über|mindestens|más de|al menos|mais de|pelo menos|più di|oltre|almeno|lebih dari|более|больше|свыше|не менее|أكثر من|ما لا يقل عن|ما يزيد عن|ما يزيد على|超过|超過|逾|至少|多达|多達",
  APPROXIMATE: "about|around|roughly|approximately|nearly|almost|some|close to|circa|environ|près de|quelque|rund|etwa|ungefähr|fast|knapp|cerca de|alrededor de|aproximadamente|casi|unos|unas|quase|cerca di|quasi|sekitar|hampir|около|почти|примерно|порядка|حوالي|حوالى|نحو|قرابة|लगभग|करीब|क़रीब|约|約|近|大约|大約|将近|將近|接近|약",
  AT_MOST: "up to|less than|fewer than|under|jusqu'à|moins de|bis zu|weniger als|hasta|menos de|até|meno di|fino a|hingga|до|менее|не более|أقل من|حتى|最多|不到|不超过|不超過|最大",
};
// prettier-ignore
const AFTER: Record<Exclude<FigureQualifier, "EXACT" | "RANGE">, string> = {
  AT_LEAST: "以上|이상|넘게|से अधिक|से ज़्यादा|से ज्यादा",
  APPROXIMATE: "左右|前后|前後|上下|程度|ほど|가량|정도|안팎|environ|circa|o así|ungefähr",
  AT_MOST: "以下|以内|以內|이하|까지|तक",
};

const alternatives = (table: Record<string, string>) =>
  Object.entries(table)
    .map(([qualifier, words]) => `(?<${qualifier}>${words.normalize("NFKC")})`)
    .join("|");

// A Latin or Cyrillic cue must be a whole word ("over" not "Rover"); CJK cues run straight into the number.
const CUE_BEFORE = new RegExp(`(?:^|(?<=[^\\p{L}\\p{M}])|(?<=\\p{Script=Han}))(?:${alternatives(BEFORE)})\\s?$`, "iu");
const CUE_AFTER = new RegExp(`^\\s?(?:${alternatives(AFTER)})(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Devanagari}\\p{M}])`, "iu");
const LOOK = 24;
/** "600 多名", "300여 명": the "more than" is inside the figure's own text. */
const MORE_INSIDE = new RegExp("\\d\\s?[多余餘여]|से (?:अधिक|ज़्यादा|ज्यादा)".normalize("NFKC"), "u");

function qualifierOf(groups: Record<string, string | undefined> | undefined): FigureQualifier | undefined {
  if (!groups) return undefined;
  return (["AT_LEAST", "APPROXIMATE", "AT_MOST"] as const).find((name) => groups[name] !== undefined);
}

/**
 * Sets each number figure's qualifier and widens its span over the qualifier's words ("mehr als 600 Stellen",
 * "300人以上"). A range is a range whatever words surround it; dates keep their own spans.
 */
export function qualify(text: string, figures: Figure[]): Figure[] {
  return figures.map((figure, index) => {
    if (figure.kind === "DATE") return figure;
    if (figure.valueMax !== undefined) return { ...figure, qualifier: "RANGE" as const };
    const previousEnd = index > 0 ? figures[index - 1].end : 0;
    const nextStart = index + 1 < figures.length ? figures[index + 1].start : text.length;
    const before = CUE_BEFORE.exec(text.slice(Math.max(previousEnd, figure.start - LOOK), figure.start));
    const after = CUE_AFTER.exec(text.slice(figure.end, Math.min(nextStart, figure.end + LOOK)));
    // A qualifier the rule found in the figure's own words ("une cinquantaine") stands when no cue is written around it.
    const qualifier = qualifierOf(before?.groups) ?? qualifierOf(after?.groups) ?? figure.qualifier ?? (MORE_INSIDE.test(figure.text) ? "AT_LEAST" : "EXACT");
    const start = before && qualifierOf(before.groups) ? figure.start - before[0].length : figure.start;
    const end = !before && after ? figure.end + after[0].length : figure.end;
    return { ...figure, start, end, text: text.slice(start, end), qualifier };
  });
}
