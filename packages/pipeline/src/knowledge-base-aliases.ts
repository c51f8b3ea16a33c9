import { loadConfig } from "../../../config";
import { loadKnowledgeBase, type KnowledgeBase } from "../../../seed/kb-loader";
import type { AliasInput, EntityKind } from "./matcher";

const config = loadConfig();
export const defaultKbDir = config.KB_DIR;
export const defaultSeedsDir = config.SEEDS_DIR;

export interface KnowledgeBaseAliases {
  knowledgeBase: KnowledgeBase;
  aliases: AliasInput[];
  entityKinds: Map<number, EntityKind>;
  slugById: Map<number, string>;
}

/**
 * Turns the seed knowledge base into matcher input: every entity's name plus its aliases, with numeric ids
 * standing in for database ids (assigned in file order, stable for a given knowledge base).
 */
export function loadKnowledgeBaseAliases(kbDir = defaultKbDir, seedsDir = defaultSeedsDir): KnowledgeBaseAliases {
  const knowledgeBase = loadKnowledgeBase({ kbDir, seedsDir });
  const aliases: AliasInput[] = [];
  const entityKinds = new Map<number, EntityKind>();
  const slugById = new Map<number, string>();
  const entities: Array<{ slug: string; name: string; aliases: Array<{ name: string; language: string; kind: string }>; kind: EntityKind }> = [
    ...knowledgeBase.organizations.map((entity) => ({ ...entity, kind: "ORGANIZATION" as const })),
    ...knowledgeBase.models.map((entity) => ({ ...entity, kind: "MODEL" as const })),
    ...knowledgeBase.products.map((entity) => ({ ...entity, kind: "PRODUCT" as const })),
    ...knowledgeBase.facilities.map((entity) => ({ ...entity, kind: "FACILITY" as const })),
    ...knowledgeBase.people.map((entity) => ({ ...entity, kind: "PERSON" as const })),
  ];
  entities.forEach((entity, index) => {
    const entityId = index + 1;
    entityKinds.set(entityId, entity.kind);
    slugById.set(entityId, entity.slug);
    aliases.push({ entityId, slug: entity.slug, name: entity.name, language: "und", kind: "name", entityKind: entity.kind });
    for (const alias of entity.aliases) aliases.push({ entityId, slug: entity.slug, name: alias.name, language: alias.language, kind: alias.kind, entityKind: entity.kind });
  });
  return { knowledgeBase, aliases, entityKinds, slugById };
}
