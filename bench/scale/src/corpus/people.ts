import { CHINESE_FAMILY, CHINESE_GIVEN, CYRILLIC, JAPANESE_FAMILY, JAPANESE_GIVEN, KOREAN_FAMILY, KOREAN_GIVEN, WESTERN_FAMILY, WESTERN_GIVEN, type Script } from "./name-tables";
import type { Draw } from "./prng";

/**
 * Generated people: Chinese, Japanese, Korean and Western names, each with the spellings the news
 * uses for them (汉字 and 漢字, family-name-first romanisations, Cyrillic, initials, nicknames and
 * the misspellings a noisy corpus has).
 */
export type AliasKind = "OFFICIAL" | "ABBREVIATION" | "TRANSLATION" | "TRANSLITERATION" | "NICKNAME" | "CODENAME" | "FORMER" | "MISSPELLING";

export interface AliasPlan {
  name: string;
  language: string;
  kind: AliasKind;
}

export interface PersonPlan {
  /** The name as each script writes it; `latin` is the entity's name. */
  names: Partial<Record<Script, string>>;
  aliases: AliasPlan[];
}

/** One letter dropped (not the first): "Marco Rosi" for "Marco Rossi". */
export function misspell(name: string, draw: Draw): string {
  const at = draw.int(1, name.length - 2);
  const spelled = name.slice(0, at) + name.slice(at + 1);
  return spelled === name || spelled.trim() !== spelled ? `${name.slice(0, -1)}${name.slice(-1)}${name.slice(-1)}` : spelled;
}

const cyrillic = (text: string) =>
  [...text]
    .map((char) => {
      const lower = char.toLowerCase();
      const mapped = CYRILLIC[lower] ?? char;
      return char !== lower ? mapped.charAt(0).toUpperCase() + mapped.slice(1) : mapped;
    })
    .join("");

export function planPerson(draw: Draw): PersonPlan {
  const origin = draw.next();
  const aliases: AliasPlan[] = [];
  let names: PersonPlan["names"];
  if (origin < 0.4) {
    const family = draw.pick(CHINESE_FAMILY);
    const given = Array.from({ length: draw.chance(0.6) ? 2 : 1 }, () => draw.pick(CHINESE_GIVEN));
    const givenLatin = given
      .map((part) => part[0])
      .join("")
      .toLowerCase();
    const latin = `${givenLatin.charAt(0).toUpperCase()}${givenLatin.slice(1)} ${family[0]}`;
    const hans = family[1] + given.map((part) => part[1]).join("");
    const hant = family[2] + given.map((part) => part[2]).join("");
    names = { latin, "zh-Hans": hans, "zh-Hant": hant, ja: hant, ko: latin, ru: cyrillic(latin) };
    aliases.push({ name: hans, language: "zh-Hans", kind: "OFFICIAL" }, { name: hant, language: "zh-Hant", kind: "OFFICIAL" });
    aliases.push({ name: `${family[0]} ${latin.split(" ")[0]}`, language: "en", kind: "TRANSLITERATION" });
  } else if (origin < 0.5) {
    const family = draw.pick(JAPANESE_FAMILY);
    const given = draw.pick(JAPANESE_GIVEN);
    const latin = `${given[0]} ${family[0]}`;
    const kanji = family[1] + given[1];
    names = { latin, "zh-Hans": kanji, "zh-Hant": kanji, ja: kanji, ko: latin, ru: cyrillic(latin) };
    aliases.push({ name: kanji, language: "ja", kind: "OFFICIAL" }, { name: `${family[0]} ${given[0]}`, language: "en", kind: "TRANSLITERATION" });
  } else if (origin < 0.6) {
    const family = draw.pick(KOREAN_FAMILY);
    const given = draw.pick(KOREAN_GIVEN);
    const latin = `${given[0]} ${family[0]}`;
    const hangul = family[1] + given[1];
    names = { latin, "zh-Hans": latin, "zh-Hant": latin, ja: latin, ko: hangul, ru: cyrillic(latin) };
    aliases.push({ name: hangul, language: "ko", kind: "OFFICIAL" }, { name: `${family[0]} ${given[0]}`, language: "en", kind: "TRANSLITERATION" });
  } else {
    const given = draw.pick(WESTERN_GIVEN);
    const family = draw.pick(WESTERN_FAMILY);
    const latin = `${given} ${family}`;
    names = { latin, "zh-Hans": latin, "zh-Hant": latin, ja: latin, ko: latin, ru: cyrillic(latin) };
    aliases.push({ name: cyrillic(latin), language: "ru", kind: "TRANSLITERATION" });
    if (draw.chance(0.3)) aliases.push({ name: `${given.slice(0, 3)} ${family}`, language: "en", kind: "NICKNAME" });
  }
  const latin = names.latin!;
  if (draw.chance(0.6)) aliases.push({ name: `${latin.charAt(0)}. ${latin.split(" ").slice(1).join(" ")}`, language: "en", kind: "ABBREVIATION" });
  if (draw.chance(0.3)) aliases.push({ name: misspell(latin, draw), language: "en", kind: "MISSPELLING" });
  return { names, aliases };
}
