import * as OpenCC from "opencc-js";

// opencc-js's typings import "./core" without a file extension, which ESM resolution cannot follow: its types come out
// as errors (any). The converter's real signature:
const converter = OpenCC.Converter as (options: { from: string; to: string }) => (text: string) => string;

// Traditional (Taiwan and Hong Kong variants) → Simplified, so that 楊立昆 and 杨立昆 fold together.
const traditionalToSimplified = converter({ from: "tw", to: "cn" });
const hongKongToSimplified = converter({ from: "hk", to: "cn" });

/**
 * The search key of a name: NFKC, Traditional→Simplified Chinese, accents stripped, case folded,
 * punctuation and spacing collapsed ("Timothée Lacroix" → "timothee lacroix", "馬克·扎克伯格" →
 * "马克 扎克伯格").
 */
export function foldForSearch(text: string): string {
  const simplified = hongKongToSimplified(traditionalToSimplified(text.normalize("NFKC")));
  return simplified
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .normalize("NFC")
    .toLocaleLowerCase("en-US")
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
}
