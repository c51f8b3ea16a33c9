import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { z } from "zod";
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
}

export type EntityKindName = "organization" | "model" | "product" | "facility" | "person";

/** Thrown with every problem found, each as "file:line: message", so a reviewer can fix them in one pass. */
export class KnowledgeBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "KnowledgeBaseError";
  }
}

interface LoadedFile<T> {
  file: string;
  entries: T[];
  /** "file:line" of the entry at `index`, optionally of a nested path inside it. */
  where(index: number, nested?: (string | number)[]): string;
}

function loadYamlList<S extends z.ZodType>(kbDir: string, fileName: string, schema: S, problems: string[]): LoadedFile<z.infer<S>> {
  const file = path.join(kbDir, fileName);
  const relative = path.relative(process.cwd(), file) || file;
  const lineCounter = new LineCounter();
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    problems.push(`${relative}: cannot read (${(error as Error).message})`);
    return { file: relative, entries: [], where: () => relative };
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  const lineOf = (nodePath: (string | number)[]): number => {
    for (let depth = nodePath.length; depth >= 0; depth--) {
      const node = document.getIn(nodePath.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const where = (index: number, nested: (string | number)[] = []) => `${relative}:${lineOf([index, ...nested])}`;
  if (document.errors.length > 0) {
    for (const error of document.errors) problems.push(`${relative}:${error.linePos?.[0]?.line ?? "?"}: ${error.message}`);
    return { file: relative, entries: [], where };
  }
  const raw: unknown = document.toJS() ?? [];
  if (!Array.isArray(raw)) {
    problems.push(`${relative}:1: expected a YAML list of entries`);
    return { file: relative, entries: [], where };
  }
  const entries: z.infer<S>[] = [];
  (raw as unknown[]).forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const named = item && typeof item === "object" ? (item as { slug?: unknown; key?: unknown }) : {};
    const id = named.slug ?? named.key;
    const label = typeof id === "string" && id ? id : `entry #${index + 1}`;
    for (const issue of parsed.error.issues) {
      const issuePath = issue.path as (string | number)[];
      problems.push(`${where(index, issuePath)}: ${label}: ${issuePath.join(".") || "(entry)"}: ${issue.message}`);
    }
  });
  return { file: relative, entries, where };
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
  const organizations = loadYamlList(kbDir, "organizations.yaml", organizationInput, problems);
  const models = loadYamlList(kbDir, "models.yaml", modelInput, problems);
  const products = loadYamlList(kbDir, "products.yaml", productInput, problems);
  const facilities = loadYamlList(kbDir, "facilities.yaml", facilityInput, problems);
  const people = loadYamlList(kbDir, "people.yaml", personInput, problems);
  const events = loadYamlList(kbDir, "events.yaml", eventInput, problems);

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
