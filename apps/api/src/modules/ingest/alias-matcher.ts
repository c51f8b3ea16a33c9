import type { PrismaClient } from "../../db/prisma";
import { buildAliasMatcher, buildTransliterationIndex, type AliasInput, type AliasMatcher, type EntityKind, type TransliterationIndex } from "@orchard/pipeline";

/** Anything that can run queries: the client or an interactive transaction. */
export type Queryable = Pick<PrismaClient, "$queryRaw" | "entity">;

export interface LinkingIndex {
  matcher: AliasMatcher;
  /** The same names by sound: katakana, Hangul and Chinese phonetic forms that no alias spells out. */
  transliterations: TransliterationIndex;
  entityKinds: Map<number, EntityKind>;
}

/** Every entity's name and aliases, compiled into the exact matcher and the transliteration index. */
export async function loadLinkingIndex(db: Queryable): Promise<LinkingIndex> {
  const entities = await db.entity.findMany({
    select: { id: true, slug: true, name: true, kind: true, aliases: { select: { name: true, language: true, kind: true, ambiguous: true } } },
  });
  const aliases: AliasInput[] = [];
  const entityKinds = new Map<number, EntityKind>();
  for (const entity of entities) {
    entityKinds.set(entity.id, entity.kind);
    aliases.push({ entityId: entity.id, slug: entity.slug, name: entity.name, language: "und", kind: "name", entityKind: entity.kind });
    for (const alias of entity.aliases) {
      aliases.push({
        entityId: entity.id,
        slug: entity.slug,
        name: alias.name,
        language: alias.language,
        kind: alias.kind.toLowerCase(),
        entityKind: entity.kind,
        ambiguous: alias.ambiguous,
      });
    }
  }
  return { matcher: buildAliasMatcher(aliases), transliterations: buildTransliterationIndex(aliases), entityKinds };
}

/**
 * The compiled alias matcher and transliteration index, rebuilt only when entities or aliases change. The check is one cheap
 * query (counts, highest alias id, latest entity update) per use; compiling is the expensive part.
 */
export class LinkingIndexCache {
  private cached: { signature: string; index: LinkingIndex } | undefined;

  async get(db: Queryable): Promise<LinkingIndex> {
    const [row] = await db.$queryRaw<Array<{ signature: string }>>`
      SELECT concat_ws('/', (SELECT count(*) FROM "Alias"), (SELECT max(id) FROM "Alias"),
                            (SELECT count(*) FROM "Entity"), (SELECT max("updatedAt") FROM "Entity")) AS signature`;
    const signature = row?.signature ?? "";
    if (this.cached?.signature !== signature) this.cached = { signature, index: await loadLinkingIndex(db) };
    return this.cached.index;
  }
}

const caches = new WeakMap<object, LinkingIndexCache>();

/** The process-wide cache for one database client. */
export function linkingIndexCacheFor(prisma: object): LinkingIndexCache {
  let cache = caches.get(prisma);
  if (!cache) {
    cache = new LinkingIndexCache();
    caches.set(prisma, cache);
  }
  return cache;
}
