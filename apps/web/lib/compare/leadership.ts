/**
 * Which of a company's current roles are leadership. The compare page shows leaders first and keeps
 * everyone else (researchers, spokespeople…) behind "show all", so a column reads at a glance.
 */

export interface KeyRole {
  title: string;
  person: { slug: string; name: string };
  organization: { slug: string; name: string };
}

export interface RankedPerson<R extends KeyRole> {
  person: R["person"];
  roles: R[];
  /** 0 = top executive or founder … 3 = vice-president level; 4 = not leadership. */
  tier: number;
}

const TOP = /\b(chief executive|ceo|founder|co-founder|chair(man|woman|person)?|president)\b/i;
const CHIEF = /\b(chief|c[a-z]o)\b/i;
const HEAD = /\b(head|director|lead(er)?)\b/i;
const VP = /\b(vice[- ]president|vp|general manager|managing director)\b/i;
const NOT_LEADERSHIP = /\b(spokes(person|man|woman)|researcher|engineer|scientist(?! chief)|intern|analyst|program lead)\b/i;

/** Tier of one role: executives of the company itself rank above heads of its labs. */
export function roleTier(role: KeyRole, companySlug: string): number {
  const atCompany = role.organization.slug === companySlug;
  const title = role.title;
  if (/\bchief scientist\b/i.test(title)) return atCompany ? 1 : 2;
  if (NOT_LEADERSHIP.test(title) && !TOP.test(title) && !CHIEF.test(title)) return 4;
  if (VP.test(title)) return 3;
  if (TOP.test(title)) return atCompany ? 0 : 2;
  if (CHIEF.test(title)) return atCompany ? 1 : 2;
  if (HEAD.test(title)) return atCompany ? 3 : 2;
  return 4;
}

/** People (one entry each, their roles kept in order), leaders first by tier, then as given. */
export function rankKeyPeople<R extends KeyRole>(roles: readonly R[], companySlug: string): RankedPerson<R>[] {
  const byPerson = new Map<string, RankedPerson<R>>();
  for (const role of roles) {
    const entry: RankedPerson<R> = byPerson.get(role.person.slug) ?? { person: role.person, roles: [], tier: 4 };
    entry.roles.push(role);
    entry.tier = Math.min(entry.tier, roleTier(role, companySlug));
    byPerson.set(role.person.slug, entry);
  }
  const people = [...byPerson.values()];
  return people
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.tier - b.entry.tier || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The leaders to show up front (at most `limit`) and how many people there are in all. */
export function splitLeadership<R extends KeyRole>(roles: readonly R[], companySlug: string, limit = 6): { leaders: RankedPerson<R>[]; everyone: RankedPerson<R>[] } {
  const everyone = rankKeyPeople(roles, companySlug);
  const leaders = everyone.filter((p) => p.tier < 4).slice(0, limit);
  return { leaders, everyone };
}
