import { brandIn, orgNameIn, type SyntheticEntities } from "./entities";
import { misspell, type AliasPlan } from "./people";
import { Draw, STREAM } from "./prng";

/**
 * The aliases of every generated entity: transliterations of organisations into Chinese (both
 * scripts), Japanese, Korean and Russian, abbreviations and former names; model codenames and
 * owner-qualified names; people's own-script names, romanisations, initials and misspellings.
 * No two aliases of one entity share a name and language.
 */
export function aliasesOf(entities: SyntheticEntities, ordinal: number): AliasPlan[] {
  const id = entities.base + ordinal;
  const located = entities.locate(id)!;
  const draw = new Draw(entities.seed, STREAM.alias, ordinal);
  const aliases: AliasPlan[] = [];
  if (located.kind === "ORGANIZATION") {
    const plan = entities.orgs[located.ordinal];
    for (const script of ["zh-Hans", "zh-Hant", "ja", "ko", "ru"] as const) aliases.push({ name: orgNameIn(plan, plan.brand, script), language: script, kind: "TRANSLITERATION" });
    aliases.push({ name: brandIn(plan.brand, "latin"), language: "en", kind: "OFFICIAL" });
    const initials = orgNameIn(plan, plan.brand, "latin")
      .split(" ")
      .map((word) => word.charAt(0))
      .join("");
    aliases.push({ name: initials, language: "en", kind: "ABBREVIATION" });
    if (plan.formerBrand) aliases.push({ name: orgNameIn(plan, plan.formerBrand, "latin"), language: "en", kind: "FORMER" });
  } else if (located.kind === "MODEL") {
    const plan = entities.models[located.ordinal];
    if (plan.codename) aliases.push({ name: plan.codename, language: "en", kind: "CODENAME" });
    aliases.push({ name: plan.name.replace(/[^A-Z0-9]/g, ""), language: "en", kind: "ABBREVIATION" });
    const owner = entities.locate(plan.ownerId);
    if (owner) {
      for (const script of ["zh-Hans", "zh-Hant", "ja", "ko"] as const) {
        const ownerName = entities.nameIn(plan.ownerId, script, script);
        aliases.push({ name: `${ownerName} ${plan.name}`, language: script, kind: "TRANSLATION" });
      }
      if (draw.chance(0.6)) aliases.push({ name: `${entities.name(plan.ownerId).split(" ")[0]} ${plan.name}`, language: "en", kind: "OFFICIAL" });
    }
    if (draw.chance(0.15)) aliases.push({ name: misspell(plan.name, draw), language: "en", kind: "MISSPELLING" });
  } else {
    aliases.push(...entities.people[located.ordinal].aliases);
  }
  const name = entities.name(id);
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const key = `${alias.language}\u0000${alias.name}`;
    if (alias.name === name || alias.name.length < 2 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
