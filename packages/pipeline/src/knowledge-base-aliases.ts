import type { AliasInput, EntityKind } from "./matcher";

/** The entity lists of a knowledge base, as its loader returns them (only what the matcher needs). */
interface KnowledgeBaseEntity {
  slug: string;
  name: string;
  aliases: Array<{ name: string; language: string; kind: string; ambiguous?: boolean }>;
}

export interface KnowledgeBaseEntities {
  organizations: KnowledgeBaseEntity[];
  models: KnowledgeBaseEntity[];
  products: KnowledgeBaseEntity[];
  facilities: KnowledgeBaseEntity[];
  people: KnowledgeBaseEntity[];
}

export interface KnowledgeBaseAliases {
  aliases: AliasInput[];
  entityKinds: Map<number, EntityKind>;
  slugById: Map<number, string>;
}

/**
 * Turns the seed knowledge base into matcher input: every entity's name plus its aliases, with numeric ids
 * standing in for database ids (assigned in file order, stable for a given knowledge base).
 */
export function knowledgeBaseAliases(knowledgeBase: KnowledgeBaseEntities): KnowledgeBaseAliases {
  const aliases: AliasInput[] = [];
  const entityKinds = new Map<number, EntityKind>();
  const slugById = new Map<number, string>();
  const entities: Array<KnowledgeBaseEntity & { kind: EntityKind }> = [
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
    for (const alias of entity.aliases)
      aliases.push({ entityId, slug: entity.slug, name: alias.name, language: alias.language, kind: alias.kind, entityKind: entity.kind, ambiguous: alias.ambiguous });
  });
  return { aliases, entityKinds, slugById };
}
