import type { Figure, FigureContext } from "./types";

// Korean news names the day of its story once, in the lead ("31일"), and then refers back to it: "이날" (that day),
// "전날" (the day before), "다음 날" (the day after). Each resolves against the first single day the text named
// before it (side stories named later do not move the anchor), or the publication day when it named none.

const DAY_MS = 86_400_000;
/** A particle may follow ("이날은", "전날에"), any other syllable makes another word. */
const ANAPHOR = /(?<!\p{Script=Hangul})(?:(?<same>이날|당일|그날)|(?<before>전날)|(?<after>다음 날|다음날|이튿날))(?=(?:에는|에도|[은는도에의])?(?!\p{Script=Hangul}))/gu;

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

export function anaphoricDays(text: string, figures: Figure[], context: FigureContext): Figure[] {
  if (!/[이당그전다]/u.test(text)) return [];
  const [year, month, day] = context.publishedOn.split("-").map(Number);
  if (!day) return [];
  const published = Date.UTC(year, month - 1, day);
  const namedDays = figures.filter((figure) => figure.kind === "DATE" && figure.date?.precision === "DAY" && figure.date.start === figure.date.end);
  const found: Figure[] = [];
  for (const match of text.matchAll(ANAPHOR)) {
    if (figures.some((figure) => match.index < figure.end && figure.start < match.index + match[0].length)) continue;
    const previous = namedDays.find((figure) => figure.end <= match.index);
    const base = previous?.date ? Date.parse(`${previous.date.start}T00:00:00Z`) : published;
    const shift = match.groups?.before ? -1 : match.groups?.after ? 1 : 0;
    const date = iso(base + shift * DAY_MS);
    found.push({ kind: "DATE", start: match.index, end: match.index + match[0].length, text: match[0], date: { start: date, end: date, precision: "DAY", fuzzy: date } });
  }
  return found;
}
