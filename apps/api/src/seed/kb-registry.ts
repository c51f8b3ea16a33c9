import fs from "node:fs";
import path from "node:path";
import { foldForSearch } from "../common/text-fold";
import { modelInput, organizationInput, personInput, type AliasInput, type ModelInput, type OrganizationInput, type PersonInput } from "./kb-schema";
import { loadYamlList, type LoadedFile } from "./kb-yaml";

/**
 * The registry of the field (prisma/kb/registry/*.yaml): organizations, models and people named by
 * identifiers only — name, aliases, kinds, parent, country, family, developer, owner. Identifiers need
 * no quote; anything that could be wrong (a description in our words, a status, a release date, a
 * lineage edge, a role) does, so it is refused here and belongs in the main files.
 */
export const REGISTRY_DIR = "registry";

export interface RegistryFiles {
  organizations: LoadedFile<OrganizationInput>;
  models: LoadedFile<ModelInput>;
  people: LoadedFile<PersonInput>;
}

const NO_CLAIMS = "a registry entry holds identifiers only, no claims";

/** Loads whichever registry files exist (each is written on its own) and reports every claim or description in them. */
export function loadRegistry(kbDir: string, problems: string[]): RegistryFiles {
  const load = <T>(name: string, parse: (fileName: string) => LoadedFile<T>): LoadedFile<T> => {
    const fileName = path.join(REGISTRY_DIR, name);
    return fs.existsSync(path.join(kbDir, fileName)) ? parse(fileName) : { file: fileName, entries: [], where: () => fileName };
  };
  const registry: RegistryFiles = {
    organizations: load("organizations.yaml", (fileName) => loadYamlList(kbDir, fileName, organizationInput, problems)),
    models: load("models.yaml", (fileName) => loadYamlList(kbDir, fileName, modelInput, problems)),
    people: load("people.yaml", (fileName) => loadYamlList(kbDir, fileName, personInput, problems)),
  };
  const refuse = (where: string, slug: string, what: string, main: string) =>
    problems.push(`${where}: ${slug}: ${NO_CLAIMS}: ${what} needs a quote, so the entity belongs in prisma/kb/${main}.yaml`);

  const { organizations, models, people } = registry;
  organizations.entries.forEach((org, i) => {
    if (org.description != null) refuse(organizations.where(i, ["description"]), org.slug, "a description", "organizations");
  });
  models.entries.forEach((model, i) => {
    const at = (field: string) => models.where(i, [field]);
    if (model.description != null) refuse(at("description"), model.slug, "a description", "models");
    if (model.status.value !== "unknown") refuse(at("status"), model.slug, `status "${model.status.value}" (registry models are status: unknown)`, "models");
    if (model.access.value !== "unknown") refuse(at("access"), model.slug, `access "${model.access.value}" (registry models are access: unknown)`, "models");
    if (model.releasedOn != null) refuse(at("releasedOn"), model.slug, "a release date", "models");
    if (model.lineage.length > 0) refuse(at("lineage"), model.slug, "a lineage edge", "models");
  });
  people.entries.forEach((person, i) => {
    if (person.description != null) refuse(people.where(i, ["description"]), person.slug, "a description", "people");
    if (person.roles.length > 0) refuse(people.where(i, ["roles"]), person.slug, "a role", "people");
  });
  return registry;
}

interface NamedForm {
  slug: string;
  text: string;
  where: string;
  isName: boolean;
  ambiguous: boolean;
}

/**
 * One written form, one entity: a name or alias that (folded as search folds it, symbols kept) also names another
 * entity links and finds the wrong one, unless every alias bearing it is marked ambiguous with a note.
 * An entity's name cannot be marked, so it never shares its form. An alias repeated within an entity
 * in the same language is reported too (the database keeps one per entity, name and language).
 */
export function checkNameCollisions(lists: Array<LoadedFile<{ slug: string; name: string; aliases: AliasInput[] }>>, problems: string[]): void {
  const byForm = new Map<string, NamedForm[]>();
  const add = (form: NamedForm) => {
    // Search folds symbols away too, but "Command R+" is not "Command R": they stay part of the key.
    const key = `${foldForSearch(form.text)}\u0000${form.text.normalize("NFKC").replace(/[^\p{S}]/gu, "")}`;
    byForm.set(key, [...(byForm.get(key) ?? []), form]);
  };
  for (const list of lists)
    list.entries.forEach((entry, i) => {
      add({ slug: entry.slug, text: entry.name, where: list.where(i, ["name"]), isName: true, ambiguous: false });
      const seen = new Set<string>();
      entry.aliases.forEach((alias, a) => {
        const where = list.where(i, ["aliases", a]);
        const key = `${alias.language}\u0000${alias.name.normalize("NFKC")}`;
        if (seen.has(key)) problems.push(`${where}: ${entry.slug}: alias "${alias.name}" (${alias.language}) is listed twice`);
        seen.add(key);
        add({ slug: entry.slug, text: alias.name, where, isName: false, ambiguous: alias.ambiguous });
      });
    });
  for (const forms of byForm.values()) {
    const slugs = [...new Set(forms.map((form) => form.slug))];
    if (slugs.length < 2) continue;
    for (const form of forms.filter((f) => !f.ambiguous)) {
      const others = slugs.filter((slug) => slug !== form.slug).join(", ");
      const fix = form.isName ? "rename one entity or drop the other's alias" : "mark it ambiguous with a note on every entity that uses it, or drop it";
      problems.push(`${form.where}: ${form.isName ? "name" : "alias"} "${form.text}" of ${form.slug} also names ${others}: ${fix}`);
    }
  }
}
