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
