export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface KeptLine {
  bodyStart: number;
  /** The line as the cleaner keeps it (trailing blanks trimmed), before NFKC. */
  text: string;
  cleanedStart: number;
}

/**
 * Maps spans of an article body onto the cleaned text the pipeline works on. Cleaning drops whole lines,
 * trims trailing blanks, collapses blank runs and applies NFKC, so each kept line reappears in order;
 * a span on a line the cleaner dropped (or changed inside) has no image and maps to undefined.
 */
export function projectSpans(body: string, cleaned: string): (span: Span) => Span | undefined {
  const kept: KeptLine[] = [];
  let bodyStart = 0;
  let cursor = 0;
  for (const line of body.split("\n")) {
    const text = line.replace(/[ \t\u3000]+$/u, "");
    const normalized = text.normalize("NFKC");
    const at = text.trim() === "" ? -1 : cleaned.indexOf(normalized, cursor);
    if (at !== -1) {
      kept.push({ bodyStart, text, cleanedStart: at });
      cursor = at + normalized.length;
    }
    bodyStart += line.length + 1;
  }
  return (span) => {
    const line = kept.find((candidate) => candidate.bodyStart <= span.start && span.end <= candidate.bodyStart + candidate.text.length);
    if (!line) return undefined;
    const column = (offset: number) => line.cleanedStart + line.text.slice(0, offset - line.bodyStart).normalize("NFKC").length;
    return { start: column(span.start), end: column(span.end) };
  };
}

/** Every place a string occurs in a text (the noise lines of an article, found again in its cleaned text). */
export function occurrencesOf(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle === "") return spans;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) spans.push({ start: at, end: at + needle.length });
  return spans;
}
