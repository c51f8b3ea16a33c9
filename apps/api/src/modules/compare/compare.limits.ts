/**
 * How much of each section a comparison returns per company. Answers are bounded by design: at a
 * million events a company has tens of thousands of events and roles, and compare answered 481 KB
 * in 34 s before these caps. What a column leaves out stays reachable through the paginated
 * connections (`events(filter: { entities })`, the company's `roles`).
 */
export const COMPARE_LIMITS = {
  /** Event types are counted over this many newest events; `eventCountsCapped` says when there are more. */
  countedEvents: 1000,
  recentEvents: 5,
  /** Current roles, leadership first; `keyPeopleCount` says how many there are in all. */
  keyPeople: 40,
  moneyFigures: 60,
  capexGuidance: 40,
  /** Models per company; `modelCount` says how many there are. */
  models: 40,
  /** Moves between the compared companies, newest kept; `talentFlowCount` says how many. */
  talentFlows: 100,
};

export type CompareLimits = typeof COMPARE_LIMITS;

/**
 * Which of a company's current roles are leadership, as an SQL rank (0 = top executive or founder of
 * the company itself … 3 = vice-president level, 4 = not leadership), so that the key people a
 * column keeps are its leaders. The web page ranks what it receives by the same tiers
 * (apps/web/lib/compare/leadership.ts) to decide what shows before "show all".
 */
export function leadershipTierSql(r: string, companyId: string): string {
  const title = `coalesce(${r}.title, '')`;
  const atCompany = (yes: number, no: number) => `CASE WHEN ${r}."organizationId" = ${companyId} THEN ${yes} ELSE ${no} END`;
  const TOP = `\\m(chief executive|ceo|founder|co-founder|chair(man|woman|person)?|president)\\M`;
  const CHIEF = `\\m(chief|c[a-z]o)\\M`;
  return `CASE
    WHEN ${title} ~* '\\mchief scientist\\M' THEN ${atCompany(1, 2)}
    WHEN ${title} ~* '\\m(spokes(person|man|woman)|researcher|engineer|scientist|intern|analyst|program lead)\\M' AND ${title} !~* '${TOP}' AND ${title} !~* '${CHIEF}' THEN 4
    WHEN ${title} ~* '\\m(vice[- ]president|vp|general manager|managing director)\\M' THEN 3
    WHEN ${title} ~* '${TOP}' THEN ${atCompany(0, 2)}
    WHEN ${title} ~* '${CHIEF}' THEN ${atCompany(1, 2)}
    WHEN ${title} ~* '\\m(head|director|lead(er)?)\\M' THEN ${atCompany(3, 2)}
    ELSE 4 END`;
}
