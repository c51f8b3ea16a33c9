import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseFuzzyDate } from "../common/fuzzy-date";
import { checkClaims, type ClaimCounts } from "./kb-claims";
import {
  eventInput,
  facilityInput,
  modelInput,
  organizationInput,
  personInput,
  productInput,
  sourceInput,
  type AliasInput,
  type CitationInput,
  type EventInput,
  type FacilityInput,
  type ModelInput,
  type OrganizationInput,
  type PersonInput,
  type ProductInput,
  type SourceInput,
} from "./kb-schema";
import { checkNameCollisions, loadRegistry } from "./kb-registry";
import { concatLoaded, loadYamlList, type LoadedFile } from "./kb-yaml";

export interface CleanSource extends SourceInput {
  text: string;
  contentHash: string;
}

export interface KnowledgeBase {
  sources: CleanSource[];
  organizations: OrganizationInput[];
  models: ModelInput[];
  products: ProductInput[];
  facilities: FacilityInput[];
  people: PersonInput[];
  events: EventInput[];
  /** Claims and citations checked (kb:check prints them). */
  counts: ClaimCounts;
  /** How many of the organizations, models and people come from prisma/kb/registry/. */
  registry: { organizations: number; models: number; people: number };
}

export type EntityKindName = "organization" | "model" | "product" | "facility" | "person";

/** Thrown with every problem found, each as "file:line: message", so a reviewer can fix them in one pass. */
export class KnowledgeBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "KnowledgeBaseError";
  }
}

/** Strips the listed boilerplate, drops emptied lines, collapses blank runs, then NFKC. */
export function cleanArticle(raw: string, remove: string[]): string {
  let text = raw.replace(/\r\n?/g, "\n");
  for (const fragment of remove) text = text.split(fragment).join("");
  const lines = text.split("\n").map((line) => line.replace(/[ \t\u3000]+$/u, ""));
  const kept: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (kept.length > 0 && kept[kept.length - 1] !== "") kept.push("");
    } else kept.push(line);
  }
  return kept.join("\n").trim().normalize("NFKC");
}

export function normalizeQuote(quote: string): string {
  return quote.normalize("NFKC");
}

export function loadKnowledgeBase(options: { kbDir: string; seedsDir: string }): KnowledgeBase {
  const { kbDir, seedsDir } = options;
  const problems: string[] = [];
  const sources = loadYamlList(kbDir, "sources.yaml", sourceInput, problems);
  const products = loadYamlList(kbDir, "products.yaml", productInput, problems);
  const facilities = loadYamlList(kbDir, "facilities.yaml", facilityInput, problems);
  const events = loadYamlList(kbDir, "events.yaml", eventInput, problems);
  // Registry entries follow the main files' entries in the same lists: one slug namespace, the same checks.
  const registry = loadRegistry(kbDir, problems);
  const organizations = concatLoaded(loadYamlList(kbDir, "organizations.yaml", organizationInput, problems), registry.organizations);
  const models = concatLoaded(loadYamlList(kbDir, "models.yaml", modelInput, problems), registry.models);
  const people = concatLoaded(loadYamlList(kbDir, "people.yaml", personInput, problems), registry.people);

  const { cleanSources, sourceByKey } = readSources(sources, seedsDir, problems);

  // One slug namespace across every kind of entity.
  const entityKinds = new Map<string, EntityKindName>();
  const claim = (slug: string, kind: EntityKindName, where: string) => {
    if (entityKinds.has(slug)) problems.push(`${where}: slug "${slug}" is already used by a ${entityKinds.get(slug)}`);
    else entityKinds.set(slug, kind);
  };
  organizations.entries.forEach((org, i) => claim(org.slug, "organization", organizations.where(i)));
  models.entries.forEach((model, i) => claim(model.slug, "model", models.where(i)));
  products.entries.forEach((product, i) => claim(product.slug, "product", products.where(i)));
  facilities.entries.forEach((facility, i) => claim(facility.slug, "facility", facilities.where(i)));
  people.entries.forEach((person, i) => claim(person.slug, "person", people.where(i)));

  const expect = (slug: string | null | undefined, kind: EntityKindName | "any", where: string, what: string) => {
    if (!slug) return;
    const found = entityKinds.get(slug);
    if (!found) problems.push(`${where}: ${what} "${slug}" does not exist`);
    else if (kind !== "any" && found !== kind) problems.push(`${where}: ${what} "${slug}" is a ${found}, not a ${kind}`);
  };
  const checkCitation = (citation: CitationInput, where: string) => {
    const source = sourceByKey.get(citation.source);
    if (!source) {
      problems.push(`${where}: unknown source "${citation.source}"`);
      return;
    }
    expect(citation.attributedTo, "organization", where, "attributedTo");
    if (!source.text.includes(normalizeQuote(citation.quote))) problems.push(`${where}: quote is not in the cleaned text of ${citation.source}: "${citation.quote.slice(0, 60)}"`);
  };
  const checkAliases = (list: LoadedFile<{ aliases: AliasInput[] }>) =>
    list.entries.forEach((entry, i) =>
      entry.aliases.forEach((alias, a) => {
        if (!alias.source) return;
        const source = sourceByKey.get(alias.source);
        const where = list.where(i, ["aliases", a]);
        if (!source) problems.push(`${where}: unknown source "${alias.source}"`);
        else if (!source.text.includes(normalizeQuote(alias.name))) problems.push(`${where}: alias "${alias.name}" does not occur in ${alias.source}`);
      }),
    );

  sources.entries.forEach((source, i) => expect(source.publisher, "organization", sources.where(i, ["publisher"]), "publisher"));
  organizations.entries.forEach((org, i) => {
    expect(org.parent, "organization", organizations.where(i, ["parent"]), "parent");
    if (org.parent === org.slug) problems.push(`${organizations.where(i, ["parent"])}: ${org.slug} is its own parent`);
  });
  for (const list of [organizations, models, products, facilities, people] as LoadedFile<{ aliases: AliasInput[] }>[]) checkAliases(list);
  models.entries.forEach((model, i) => {
    expect(model.developer, "organization", models.where(i, ["developer"]), "developer");
    expect(model.owner, "organization", models.where(i, ["owner"]), "owner");
    expect(model.family, "model", models.where(i, ["family"]), "family");
    model.lineage.forEach((edge, e) => expect(edge.model, "model", models.where(i, ["lineage", e, "model"]), "lineage model"));
  });
  products.entries.forEach((product, i) => {
    expect(product.owner, "organization", products.where(i, ["owner"]), "owner");
    expect(product.developer, "organization", products.where(i, ["developer"]), "developer");
  });
  facilities.entries.forEach((facility, i) => expect(facility.owner, "organization", facilities.where(i, ["owner"]), "owner"));
  people.entries.forEach((person, i) =>
    person.roles.forEach((role, r) => expect(role.organization, "organization", people.where(i, ["roles", r, "organization"]), "organization")),
  );
  const eventKeys = new Set<string>();
  events.entries.forEach((event, i) => {
    if (eventKeys.has(event.key)) problems.push(`${events.where(i)}: duplicate event key "${event.key}"`);
    eventKeys.add(event.key);
    event.participants.forEach((p, k) => expect(p.entity, "any", events.where(i, ["participants", k]), "participant"));
  });

  const counts = checkClaims(
    {
      problems,
      checkCitation,
      sourceDay: (key) => {
        const source = sourceByKey.get(key);
        return source ? parseFuzzyDate(source.publishedOn).end : undefined;
      },
    },
    { models, facilities, people, events },
  );

  checkNameCollisions([organizations, models, products, facilities, people] as LoadedFile<{ slug: string; name: string; aliases: AliasInput[] }>[], problems);

  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return {
    sources: cleanSources,
    organizations: organizations.entries,
    models: models.entries,
    products: products.entries,
    facilities: facilities.entries,
    people: people.entries,
    events: events.entries,
    counts,
    registry: { organizations: registry.organizations.entries.length, models: registry.models.entries.length, people: registry.people.entries.length },
  };
}

/** Reads each raw article, strips its boilerplate, hashes the cleaned text. */
function readSources(sources: LoadedFile<SourceInput>, seedsDir: string, problems: string[]) {
  const cleanSources: CleanSource[] = [];
  const sourceByKey = new Map<string, CleanSource>();
  sources.entries.forEach((source, index) => {
    if (sourceByKey.has(source.key)) problems.push(`${sources.where(index)}: duplicate source key "${source.key}"`);
    const file = path.join(seedsDir, source.file);
    let raw: string;
    try {
      raw = fs.readFileSync(file, "utf8");
    } catch {
      problems.push(`${sources.where(index, ["file"])}: ${source.key}: seed article not found at ${file} (set SEEDS_DIR)`);
      return;
    }
    source.remove.forEach((fragment, fragmentIndex) => {
      if (!raw.includes(fragment))
        problems.push(`${sources.where(index, ["remove", fragmentIndex])}: ${source.key}: boilerplate not found in ${source.file}: "${fragment.slice(0, 40)}"`);
    });
    const text = cleanArticle(raw, source.remove);
    const clean: CleanSource = { ...source, text, contentHash: crypto.createHash("sha256").update(text).digest("hex") };
    cleanSources.push(clean);
    sourceByKey.set(source.key, clean);
  });
  return { cleanSources, sourceByKey };
}
