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

/** What the linking index is compiled from: plain data, so a pipeline worker thread can compile its own copy. */
export interface LinkingInputs {
  aliases: AliasInput[];
  entityKinds: Map<number, EntityKind>;
}

/** Every entity's name and aliases, as the linking index is compiled from them. */
export async function loadLinkingInputs(db: Queryable): Promise<LinkingInputs> {
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
  return { aliases, entityKinds };
}

/** The exact matcher and the transliteration index compiled from the aliases. */
export function compileLinkingIndex(inputs: LinkingInputs): LinkingIndex {
  return { matcher: buildAliasMatcher(inputs.aliases), transliterations: buildTransliterationIndex(inputs.aliases), entityKinds: inputs.entityKinds };
}

/** Every entity's name and aliases, compiled into the exact matcher and the transliteration index. */
export async function loadLinkingIndex(db: Queryable): Promise<LinkingIndex> {
  return compileLinkingIndex(await loadLinkingInputs(db));
}

/** A compiled linking index with what it was compiled from and the database state it reflects. */
export interface LinkingSnapshot {
  signature: string;
  inputs: LinkingInputs;
  index: LinkingIndex;
}

/**
 * The compiled alias matcher and transliteration index, rebuilt only when entities or aliases change. The check is one cheap
 * query (counts, highest alias id, latest entity update) per use; compiling is the expensive part.
 */
export class LinkingIndexCache {
  private cached: LinkingSnapshot | undefined;

  async get(db: Queryable): Promise<LinkingIndex> {
    return (await this.snapshot(db)).index;
  }

  /** The current index with its signature: pipeline workers recompile theirs when the signature changes. */
  async snapshot(db: Queryable): Promise<LinkingSnapshot> {
    const [row] = await db.$queryRaw<Array<{ signature: string }>>`
      SELECT concat_ws('/', (SELECT count(*) FROM "Alias"), (SELECT max(id) FROM "Alias"),
                            (SELECT count(*) FROM "Entity"), (SELECT max("updatedAt") FROM "Entity")) AS signature`;
    const signature = row?.signature ?? "";
    if (this.cached?.signature !== signature) {
      const inputs = await loadLinkingInputs(db);
      // Compiled on first use: a batch analyzed on worker threads never needs this thread's copy.
      let compiled: LinkingIndex | undefined;
      this.cached = {
        signature,
        inputs,
        get index() {
          compiled ??= compileLinkingIndex(inputs);
          return compiled;
        },
      };
    }
    return this.cached;
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
