import type { AliasKind } from "../../db/prisma";

const MAX_NAME_LENGTH = 200;

/**
 * The scripts a name can be written in, as far as alias kinds care. Checked in this order: a name mixing scripts
 * counts as its non-Latin one ("GPT-5 模型" is Han), and kana come before Han (a Japanese name mixes both).
 */
const SCRIPTS: Array<[string, RegExp]> = [
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["han", /\p{Script=Han}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["greek", /\p{Script=Greek}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["thai", /\p{Script=Thai}/u],
  ["latin", /\p{Script=Latin}/u],
];

/** The script of a name; "other" for digits and symbols only. */
export function scriptOf(name: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(name))?.[0] ?? "other";
}

/**
 * A candidate form's alias kind: a spelling in the entity name's own script is one of its names
 * (OFFICIAL); in another script it is a TRANSLITERATION (汪滔 for Alexandr Wang, 엔비디아 for Nvidia).
 */
export function aliasKindFor(form: string, entityName: string): AliasKind {
  return scriptOf(form) === scriptOf(entityName) ? "OFFICIAL" : "TRANSLITERATION";
}

/** Stable kebab-case slug from an English (Latin-script) name: "Demis Hassabis" → "demis-hassabis", "DeepSeek-V3.2" → "deepseek-v3-2". */
export function slugFor(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** The name an accepted candidate gets when the analyst gives none: its most seen Latin-script form, else its most seen form. */
export function defaultName(forms: ReadonlyArray<{ form: string; count: number }>): string | undefined {
  const byCount = [...forms].sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  return (byCount.find((f) => scriptOf(f.form) === "latin") ?? byCount[0])?.form;
}

/** A name as given by an analyst, trimmed; the reason it cannot be one otherwise. */
export function checkName(name: string): { name: string } | { problem: string } {
  const trimmed = name.normalize("NFC").trim().replace(/\s+/gu, " ");
  if (!trimmed) return { problem: "`name` must not be empty" };
  if (trimmed.length > MAX_NAME_LENGTH) return { problem: `\`name\` must be at most ${MAX_NAME_LENGTH} characters` };
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point.
  if (/[\u0000-\u001f\u007f]/u.test(trimmed)) return { problem: "`name` must not contain control characters" };
  return { name: trimmed };
}
