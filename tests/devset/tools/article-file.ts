/**
 * The development set's article file layout: `key: value` header lines, one empty line, then the
 * body. The body is everything after the first empty line, unchanged; every offset and occurrence
 * in the gold refers to it.
 */
export const LANGUAGES = ["en", "zh-Hans", "zh-Hant", "ja", "ko", "it", "fr", "de", "es", "id", "pt", "ru", "ar", "hi"] as const;
export type Language = (typeof LANGUAGES)[number];

export const ARTICLE_HEADER_KEYS = ["title", "language", "publishedOn", "url", "publisher"] as const;

export interface ArticleFile {
  header: Record<string, string[]>;
  body: string;
}

/** Splits a file into header fields (repeatable keys keep every value) and the body. */
export function parseArticleFile(text: string, fileName: string): ArticleFile {
  const split = text.indexOf("\n\n");
  if (split < 0) throw new Error(`${fileName}: no empty line between header and body`);
  const header: Record<string, string[]> = {};
  text
    .slice(0, split)
    .split("\n")
    .forEach((line, index) => {
      const match = /^([A-Za-z]+):\s?(.*)$/.exec(line);
      if (!match) throw new Error(`${fileName}:${index + 1}: header line is not "key: value": ${line}`);
      (header[match[1]] ??= []).push(match[2]);
    });
  return { header, body: text.slice(split + 2) };
}

/** The single value of a header key, or an error naming the file. */
export function headerValue(file: ArticleFile, key: string, fileName: string): string {
  const values = file.header[key];
  if (!values || values.length !== 1) throw new Error(`${fileName}: header needs exactly one "${key}:" line`);
  return values[0];
}
