/**
 * What surrounds a span of text, read in place: walking a few characters from the span instead of slicing the text
 * before it and matching a regular expression anchored at its end, which costs the length of the whole prefix per span.
 */
export const SENTENCE_END = /[.!?。！？…:]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENER = /[\s"“‘'«(]/u;
const BLANK_OR_OPENER = /[ \t"“‘'«(]/u;

export function previousChar(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}

export function nextChar(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

/** Where the run of characters matching `pattern` that ends at `index` begins (whole code points, UTF-16 index). */
function runStartBefore(text: string, index: number, pattern: RegExp): number {
  let start = index;
  for (let char = previousChar(text, start); char !== undefined && pattern.test(char); char = previousChar(text, start)) start -= char.length;
  return start;
}

/** The word right next to a span when only spaces separate them (punctuation breaks adjacency). */
export function adjacentWord(text: string, index: number, direction: -1 | 1): string | undefined {
  let i = index;
  const step = () => (direction === -1 ? text[i - 1] : text[i]);
  let sawSpace = false;
  while (step() === " ") {
    sawSpace = true;
    i += direction;
  }
  if (!sawSpace) return undefined;
  if (direction === 1) return /^[\p{L}\p{N}]+/u.exec(text.slice(i))?.[0];
  const start = runStartBefore(text, i, WORD_CHAR);
  return start < i ? text.slice(start, i) : undefined;
}

/** Whether `start` opens a sentence or a line, past spaces and opening quotes or brackets. */
export function isSentenceInitial(text: string, start: number): boolean {
  const beforeSpaces = runStartBefore(text, start, SPACE_OR_OPENER);
  if (beforeSpaces === 0) return true;
  const beforeBlanks = runStartBefore(text, start, BLANK_OR_OPENER);
  return text[beforeBlanks - 1] === "\n" || SENTENCE_END.test(text[beforeSpaces - 1]);
}
