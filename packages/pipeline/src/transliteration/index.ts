// Transliteration-aware linking: katakana, Hangul and Chinese forms of known Latin names, proposed by sound.
export { linkTransliterations } from "./link";
export { buildTransliterationIndex, type ForeignForm, type TransliterationIndex, type TransliterationMatch } from "./names-index";
export { keySimilarity, latinKey } from "./phonetic";
export { hanKey, romanizeHangul, romanizeKatakana, romanizedKey } from "./romanize";
