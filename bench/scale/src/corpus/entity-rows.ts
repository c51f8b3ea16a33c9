import { copyLine } from "../db/copy-format";
import type { OrchardRules } from "../orchard";
import { aliasesOf } from "./aliases";
import { fuzzyDay, isoDay, TIMELINE_END, type Precision } from "./calendar";
import type { SyntheticEntities } from "./entities";
import { cumulative, Draw, STREAM } from "./prng";

/**
 * COPY lines of the entity tables: Entity (marked synthetic), Organization, AiModel, Person, Role
 * and Alias. Slugs start with "syn-" and say the kind and ordinal ("syn-o17-kavelto-labs").
 */
export interface TableRows {
  table: string;
  columns: readonly string[];
  lines: () => Iterable<string>;
}

const kebab = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

const KIND_WORDS: Record<string, string> = {
  COMPANY: "company",
  LAB: "research lab",
  INVESTOR: "investor",
  MEDIA_OUTLET: "media outlet",
  UNIVERSITY: "university",
  GOVERNMENT: "government agency",
};

export function entityRows(entities: SyntheticEntities, rules: OrchardRules, now: string): TableRows[] {
  const { shape } = entities;
  const entity = (id: number, slug: string, kind: string, name: string, description: string) => copyLine([id, slug, kind, name, rules.foldForSearch(name), description, now, true]);
  return [
    {
      table: "Entity",
      columns: ["id", "slug", "kind", "name", "normalizedName", "description", "updatedAt", "synthetic"],
      *lines() {
        for (let o = 0; o < shape.organizations; o++) {
          const id = entities.orgId(o);
          const name = entities.name(id);
          yield entity(id, `syn-o${o}-${kebab(name)}`, "ORGANIZATION", name, `A synthetic ${KIND_WORDS[entities.orgs[o].kind]} of the scale benchmark's corpus.`);
        }
        for (let m = 0; m < shape.models; m++) {
          const id = entities.modelId(m);
          const name = entities.name(id);
          yield entity(id, `syn-m${m}-${kebab(name)}`, "MODEL", name, `A synthetic model of the scale benchmark's corpus, by ${entities.name(entities.models[m].ownerId)}.`);
        }
        for (let p = 0; p < shape.people; p++) {
          const id = entities.personId(p);
          const name = entities.name(id);
          yield entity(id, `syn-p${p}-${kebab(name)}`, "PERSON", name, "A synthetic person of the scale benchmark's corpus.");
        }
      },
    },
    {
      table: "Organization",
      columns: ["entityId", "kind", "country", "parentId"],
      *lines() {
        for (let o = 0; o < shape.organizations; o++) {
          const plan = entities.orgs[o];
          yield copyLine([entities.orgId(o), plan.kind, plan.country, plan.parentId]);
        }
      },
    },
    {
      table: "AiModel",
      columns: ["entityId", "kind", "modality", "status", "access", "developerId", "ownerId", "releasedText", "releasedStart", "releasedEnd", "releasedPrecision"],
      *lines() {
        for (let m = 0; m < shape.models; m++) {
          const plan = entities.models[m];
          const released = plan.releasedDay === null ? null : fuzzyDay(plan.releasedDay, "DAY");
          yield copyLine([
            entities.modelId(m),
            "MODEL",
            plan.modality,
            plan.status,
            plan.access,
            plan.ownerId,
            plan.ownerId,
            released?.text,
            released && isoDay(released.start),
            released && isoDay(released.end),
            released?.precision,
          ]);
        }
      },
    },
    {
      table: "Person",
      columns: ["entityId"],
      *lines() {
        for (let p = 0; p < shape.people; p++) yield copyLine([entities.personId(p)]);
      },
    },
    {
      table: "Alias",
      columns: ["entityId", "name", "normalized", "language", "kind"],
      *lines() {
        for (let ordinal = 0; ordinal < entities.count; ordinal++)
          for (const alias of aliasesOf(entities, ordinal)) yield copyLine([entities.base + ordinal, alias.name, rules.foldForSearch(alias.name), alias.language, alias.kind]);
      },
    },
    roleRows(entities),
  ];
}

const ROLE_COUNTS = cumulative([40, 35, 15, 10]);
const TITLES = [
  "Research Scientist",
  "Chief AI Officer",
  "Head of Research",
  "VP of Engineering",
  "Principal Engineer",
  "Chief Scientist",
  "Product Lead",
  "Founder",
  "Co-founder",
  "Chief Executive Officer",
  "Chief Technology Officer",
  "Board Member",
  "Research Director",
  "Staff Engineer",
  "Head of Policy",
];
const PRECISIONS: readonly Precision[] = ["DAY", "MONTH", "MONTH", "YEAR"];

/** Each person's career: 1–4 roles at distinct organisations, one after the other; the last may be current. */
function roleRows(entities: SyntheticEntities): TableRows {
  return {
    table: "Role",
    columns: [
      "personId",
      "organizationId",
      "title",
      "startText",
      "startDate",
      "startPrecision",
      "endText",
      "endDate",
      "endPrecision",
      "position",
      "firstReportedOn",
      "endReportedOn",
    ],
    *lines() {
      for (let p = 0; p < entities.shape.people; p++) {
        const draw = new Draw(entities.seed, STREAM.role, p);
        const count = draw.weighted(ROLE_COUNTS) + 1;
        const organizations = new Set<number>();
        let day = TIMELINE_END - 3650 - draw.int(0, 4000);
        for (let position = 0; position < count; position++) {
          const organization = entities.seeds.pickOrganization(draw, 0.8) ?? entities.orgId(entities.orgZipf.sample(draw));
          if (organizations.has(organization)) continue;
          organizations.add(organization);
          const start = fuzzyDay(day, draw.pick(PRECISIONS));
          const last = position === count - 1;
          const next = day + draw.int(200, 1400);
          const endDay = last ? (draw.chance(0.35) ? next : null) : next - draw.int(0, 60);
          const end = endDay !== null && endDay < TIMELINE_END ? fuzzyDay(endDay, draw.pick(PRECISIONS)) : null;
          const reported = (value: number) => isoDay(Math.min(TIMELINE_END, value + draw.int(0, 30)));
          yield copyLine([
            entities.personId(p),
            organization,
            draw.pick(TITLES),
            start.text,
            isoDay(start.start),
            start.precision,
            end?.text,
            end && isoDay(end.start),
            end?.precision,
            position,
            reported(start.start),
            end ? reported(end.start) : null,
          ]);
          day = next;
        }
      }
    },
  };
}
