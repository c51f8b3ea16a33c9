import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { buildAliasMatcher, type AliasMatcher, type EntityKind } from "../matcher";
import { knowledgeBaseAliases, type KnowledgeBaseEntities } from "../knowledge-base-aliases";
import { buildTransliterationIndex, type TransliterationIndex } from "../transliteration";

/** What the pipeline reads of one entity in prisma/kb (the API's loader validates the files; this only reads them). */
interface EntityEntry {
  slug: string;
  name: string;
  aliases?: Array<{ name: string; language: string; kind: string; ambiguous?: boolean }>;
}

function readEntries(file: string): EntityEntry[] {
  if (!fs.existsSync(file)) return [];
  const entries = (parse(fs.readFileSync(file, "utf8")) ?? []) as EntityEntry[];
  // The schema's default: an alias is unambiguous unless it says so.
  return entries.map((entry) => ({ ...entry, aliases: (entry.aliases ?? []).map((alias) => ({ ...alias, ambiguous: alias.ambiguous ?? false })) }));
}

/**
 * The entities of the knowledge base in `kbDir`, in the order the API's loader returns them: each main file's
 * entries followed by the registry's (prisma/kb/registry/), so the numeric ids match `knowledgeBaseAliases` of that loader.
 */
export function readKnowledgeBaseEntities(kbDir: string): KnowledgeBaseEntities {
  const withRegistry = (name: string) => [...readEntries(path.join(kbDir, name)), ...readEntries(path.join(kbDir, "registry", name))];
  const entities = (list: EntityEntry[]) => list.map(({ slug, name, aliases }) => ({ slug, name, aliases: aliases ?? [] }));
  return {
    organizations: entities(withRegistry("organizations.yaml")),
    models: entities(withRegistry("models.yaml")),
    products: entities(readEntries(path.join(kbDir, "products.yaml"))),
    facilities: entities(readEntries(path.join(kbDir, "facilities.yaml"))),
    people: entities(withRegistry("people.yaml")),
  };
}

/** The linking index of the knowledge base in `kbDir`, built without a database. */
export interface FileLinkingIndex {
  matcher: AliasMatcher;
  transliterations: TransliterationIndex;
  entityKinds: Map<number, EntityKind>;
}

export function loadFileLinkingIndex(kbDir: string): FileLinkingIndex {
  const { aliases, entityKinds } = knowledgeBaseAliases(readKnowledgeBaseEntities(kbDir));
  return { matcher: buildAliasMatcher(aliases), transliterations: buildTransliterationIndex(aliases), entityKinds };
}
