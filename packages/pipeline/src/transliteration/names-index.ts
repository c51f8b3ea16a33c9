import type { AliasInput } from "../matcher";
import { memoize } from "./memo";
import { consonantCount, keyDistance, keySimilarity, latinKeys, skeleton } from "./phonetic";

/** One Latin-script name of an entity, keyed once when the index is built. */
interface KeyedName {
  entityId: number;
  slug: string;
  key: string;
  /** Its letters, lower-cased: a trailing Latin part of the foreign form ("オープンAI") must end the name too. */
  letters: string;
  words: number;
  /** A person's full name, which only a form in as many parts meets (マーク・ザッカーバーグ, 마크 저커버그). */
  fullName: boolean;
  /** A surname: linked only when the document names the entity otherwise too, as the exact matcher does. */
  needsSupport: boolean;
}

export interface TransliterationMatch {
  entityId: number;
  slug: string;
  similarity: number;
  needsSupport: boolean;
}

/** A foreign form to look up: its key, how many words or dot-separated parts it has, and any Latin letters ending it. */
export interface ForeignForm {
  key: string;
  parts: number;
  latinTail?: string;
}

/** The known Latin names, found by consonant skeleton: a query meets every name at most one consonant edit away. */
export interface TransliterationIndex {
  /** The best-scoring entity for a foreign form, or undefined below the threshold or when two entities tie. */
  lookup(form: ForeignForm): TransliterationMatch | undefined;
}

/**
 * The similarity a name of `consonants` consonant classes needs (tuned on the names and common words in
 * transliteration.test.ts). Short keys meet many words by chance — 그러나 "however" and Kleiner, 상장 "listing"
 * and Samsung — so two or three consonants need the same key with definite vowels (`1` stands for that), four need 0.9.
 */
function requiredSimilarity(consonants: number): number {
  if (consonants <= 3) return 1;
  return consonants === 4 ? 0.9 : 0.85;
}
const STRICT_VOWEL_INDEL = 0.3;
/** Fewer consonants than this never link, however similar: a Latin tail counts as two (オープンAI). */
const MIN_CONSONANTS = 3;

const SHORT_FORM = /^(?:surname|short[-_ ]?name|last[-_ ]?name|family[-_ ]?name)$/i;
const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u;

/** The key with each one consonant left out: two keys one edit apart share one of these (or one's skeleton). */
function deletions(skeletonKey: string): string[] {
  return [skeletonKey, ...[...skeletonKey].map((_, index) => skeletonKey.slice(0, index) + skeletonKey.slice(index + 1))];
}

/** Acronyms are spelt letter by letter (FAIR, MSL), which no sound key captures; digits (GPT-5) have no sound class here. */
function keyable(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, "");
  return LATIN_NAME.test(name) && letters.length >= 3 && letters !== letters.toUpperCase();
}

function similarityIfEnough(form: ForeignForm, tail: string | undefined, name: KeyedName): number {
  if (name.fullName ? form.parts !== name.words : form.parts > name.words) return 0;
  const bonus = tail && name.letters.endsWith(tail) ? 2 : 0;
  const consonants = Math.min(consonantCount(form.key), consonantCount(name.key)) + bonus;
  if (consonants < MIN_CONSONANTS) return 0;
  const required = requiredSimilarity(consonants);
  // Short keys: definite vowels, and at most one vowel put in or left out (ムラティ keeps no u of Murati).
  if (required === 1) {
    const distance = keyDistance(form.key, name.key, true);
    return distance <= STRICT_VOWEL_INDEL ? 1 - distance / (consonants + 1) : 0;
  }
  const similarity = keySimilarity(form.key, name.key);
  return similarity >= required ? similarity : 0;
}

/**
 * Keys every Latin-script alias of every entity, and for people the surname of a Latin full name too (저커버그
 * names Zuckerberg once the document has named him in full), filed under its consonant skeleton and each skeleton
 * with one consonant left out.
 */
export function buildTransliterationIndex(aliases: readonly AliasInput[]): TransliterationIndex {
  const bySkeleton = new Map<string, KeyedName[]>();
  const seen = new Set<string>();
  const add = (alias: AliasInput, name: string, fullName: boolean, needsSupport: boolean) => {
    if (!keyable(name)) return;
    const letters = name.toLowerCase().replace(/[^\p{L}]/gu, "");
    const words = name.split(/\s+/u).length;
    for (const key of latinKeys(name)) {
      if (seen.has(`${alias.entityId}:${key}:${words}`)) continue;
      seen.add(`${alias.entityId}:${key}:${words}`);
      const entry = { entityId: alias.entityId, slug: alias.slug, key, letters, words, fullName, needsSupport };
      for (const variant of deletions(skeleton(key))) bySkeleton.set(variant, [...(bySkeleton.get(variant) ?? []), entry]);
    }
  };
  for (const alias of aliases) {
    const name = alias.name.normalize("NFKC").trim();
    const words = name.split(/\s+/u);
    const person = alias.entityKind === "PERSON" && words.length > 1;
    add(alias, name, person, SHORT_FORM.test(alias.kind));
    if (person) add(alias, words[words.length - 1], false, true);
  }

  const lookup = (form: ForeignForm): TransliterationMatch | undefined => {
    const tail = form.latinTail?.toLowerCase();
    const scored = new Map<KeyedName, number>();
    for (const variant of deletions(skeleton(form.key)))
      for (const name of bySkeleton.get(variant) ?? []) if (!scored.has(name)) scored.set(name, similarityIfEnough(form, tail, name));
    let best: TransliterationMatch | undefined;
    let tied = false;
    for (const [name, similarity] of scored) {
      if (similarity === 0) continue;
      if (!best || similarity > best.similarity) {
        best = { entityId: name.entityId, slug: name.slug, similarity, needsSupport: name.needsSupport };
        tied = false;
      } else if (similarity === best.similarity && name.entityId !== best.entityId) tied = true;
    }
    return tied ? undefined : best;
  };
  // Most words of a document are not names, and the same words recur: each distinct form is looked up once (plain
  // one-word forms, nearly all of them, under their key alone).
  const memoOneWord = memoize((key) => lookup({ key, parts: 1 }));
  const memoOther = memoize((form) => {
    const [key, parts, latinTail] = form.split(" ");
    return lookup({ key, parts: Number(parts), latinTail });
  });
  return {
    lookup: (form) => {
      if (consonantCount(form.key) < MIN_CONSONANTS - 1) return undefined;
      return form.parts === 1 && !form.latinTail ? memoOneWord(form.key) : memoOther(`${form.key} ${form.parts} ${form.latinTail ?? ""}`);
    },
  };
}
