import type { Category } from "./languages";

/**
 * The event types the corpus draws, how often, who takes part (the slots of each template, in
 * order) and how a title and a sentence read. Roles are the seed's participant roles.
 */
export type Slot = "model" | "org" | "investor" | "person";

export interface EventKind {
  type: string;
  weight: number;
  category: Category;
  /** Participants in order, with their role in the event. */
  slots: readonly (readonly [Slot, string])[];
  /** English title; {a} and {b} are the first two participants. */
  title: string;
}

const model = (type: string, weight: number, title: string): EventKind => ({
  type,
  weight,
  category: "model",
  slots: [
    ["model", "subject"],
    ["org", "developer"],
  ],
  title,
});
const person = (type: string, weight: number, role: string, title: string): EventKind => ({
  type,
  weight,
  category: "person",
  slots: [
    ["person", "person"],
    ["org", role],
  ],
  title,
});
const org = (type: string, weight: number, category: Category, title: string): EventKind => ({ type, weight, category, slots: [["org", "subject"]], title });

export const EVENT_KINDS: readonly EventKind[] = [
  model("RELEASE", 10, "{b} releases {a}"),
  model("RELEASE_PLAN", 5, "{b} plans to release {a}"),
  model("DELAY", 3, "{a} is delayed"),
  model("CANCELLATION", 1, "{b} shelves {a}"),
  model("LICENSING_CHANGE", 2, "{b} changes the licence of {a}"),
  model("DISTILLATION_REPORT", 1, "{a} reported to be distilled from a rival model"),
  model("RANKING", 3, "{a} climbs a public leaderboard"),
  model("REPLICATION", 1, "{a} is replicated by a rival lab"),
  person("HIRE", 9, "new_employer", "{b} hires {a}"),
  person("DEPARTURE", 6, "former_employer", "{a} leaves {b}"),
  person("APPOINTMENT", 5, "employer", "{a} is appointed at {b}"),
  {
    type: "ACQUISITION",
    weight: 4,
    category: "deal",
    slots: [
      ["org", "acquirer"],
      ["org", "target"],
    ],
    title: "{a} acquires {b}",
  },
  {
    type: "INVESTMENT",
    weight: 6,
    category: "deal",
    slots: [
      ["investor", "investor"],
      ["org", "subject"],
    ],
    title: "{a} invests in {b}",
  },
  {
    type: "PARTNERSHIP",
    weight: 5,
    category: "deal",
    slots: [
      ["org", "partner"],
      ["org", "partner"],
    ],
    title: "{a} and {b} announce a partnership",
  },
  org("FINANCING", 6, "money", "{a} raises new funding"),
  org("CAPEX_GUIDANCE", 2, "money", "{a} updates its capital spending guidance"),
  org("BUDGET_REALLOCATION", 1, "money", "{a} reallocates its AI budget"),
  org("DATA_CENTER", 2, "money", "{a} announces a data centre"),
  org("LAYOFF", 3, "org", "{a} cuts jobs"),
  org("REORGANIZATION", 3, "org", "{a} reorganises its AI teams"),
  org("PRODUCT_LAUNCH", 5, "org", "{a} launches a new product"),
  org("POLICY", 2, "org", "{a} announces an AI policy"),
  {
    type: "STATEMENT",
    weight: 8,
    category: "org",
    slots: [
      ["org", "subject"],
      ["person", "announcer"],
    ],
    title: "{a} issues a statement",
  },
  org("FOUNDING", 1, "org", "{a} is founded"),
  org("PUBLICATION", 3, "org", "{a} publishes research"),
  org("INTERNAL_CONFLICT", 1, "org", "Internal conflict reported at {a}"),
];

/** Extra participants beyond a template's slots. */
export const EXTRA_SLOTS: readonly (readonly [Slot, string])[] = [
  ["org", "competitor"],
  ["org", "affected"],
  ["person", "announcer"],
];

/** Roles by code (EventParticipant.role); the plan stores the code. */
export const ROLES: readonly string[] = [...new Set([...EVENT_KINDS.flatMap((kind) => kind.slots.map(([, role]) => role)), ...EXTRA_SLOTS.map(([, role]) => role)])];
