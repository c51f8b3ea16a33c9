// Transliteration-aware linking: katakana, Hangul and Chinese forms of known Latin names, proposed by sound.
export { linkTransliterations } from "./link";
export { buildTransliterationIndex, MIN_CONSONANTS, requiredSimilarity, type ForeignForm, type TransliterationIndex, type TransliterationMatch } from "./names-index";
export { keySimilarity, latinKey, latinKeys } from "./phonetic";
export { hanKey, romanizeHangul, romanizeKatakana, romanizedKey } from "./romanize";
