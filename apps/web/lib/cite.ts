import { formatIsoDate } from "./format";

export interface CitableSource {
  id: string;
  title: string;
  publishedOn: string;
  language: string;
  url?: string | null;
  publisher?: { name: string } | null;
}

/**
 * Plain-text citation of an Orchard page: what it is, as reported up to when, where, when it was
 * read, then every source, newest first, de-duplicated.
 */
export function citationText(options: { title: string; path: string; reportedUpTo: string | null; sources: readonly CitableSource[]; accessed: string; origin?: string }): string {
  const { title, path, reportedUpTo, sources, accessed } = options;
  const origin = options.origin ?? "";
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  const head = `Orchard, “${title}”${reportedUpTo ? `, as reported up to ${formatIsoDate(reportedUpTo)}` : ""}. ${origin}${path} (accessed ${formatIsoDate(accessed)}).`;
  if (unique.length === 0) return head;
  const lines = unique.map((s) => `- ${s.publisher ? `${s.publisher.name}, ` : ""}“${s.title}” (${s.language}), ${formatIsoDate(s.publishedOn)}${s.url ? `, ${s.url}` : ""}`);
  return [head, "Sources:", ...lines].join("\n");
}

/** The latest publication date among the sources, or null. */
export function latestDate(dates: ReadonlyArray<string | null | undefined>): string | null {
  return (
    dates
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null
  );
}
