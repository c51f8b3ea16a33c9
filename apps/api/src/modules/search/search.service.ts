import type { Prisma, PrismaClient } from "../../db/prisma";
import { foldForSearch } from "../../common/text-fold";
import { badUserInput } from "../../common/global-id";
import { entityInclude, toEntityNode, type EntityNode } from "../../common/nodes";
import { KINDS_BY_TYPE } from "../organization/organization.service";

export const SEARCHABLE_TYPES = ["COMPANY", "LAB", "MEDIA_OUTLET", "INSTITUTION", "MODEL", "PERSON"] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

export interface SearchHitResult {
  entity: EntityNode;
  matchedAlias: string;
  language: string;
  score: number;
}

/** Exact name > prefix > word prefix > anywhere; a closer length match ranks higher within a tier. */
export function scoreMatch(normalizedQuery: string, normalizedName: string): number {
  if (!normalizedName.includes(normalizedQuery)) return 0;
  const tier =
    normalizedName === normalizedQuery ? 1
    : normalizedName.startsWith(normalizedQuery) ? 0.8
    : normalizedName.split(" ").some((word) => word.startsWith(normalizedQuery)) ? 0.7
    : 0.5;
  const closeness = normalizedQuery.length / normalizedName.length;
  return Math.round((tier * 0.8 + closeness * 0.2) * 1000) / 1000;
}

function typeCondition(types: readonly SearchableType[] | null | undefined): Prisma.EntityWhereInput {
  if (!types?.length) return {};
  const orgKinds = types.flatMap((type) =>
    type === "COMPANY" ? KINDS_BY_TYPE.Company
    : type === "LAB" ? KINDS_BY_TYPE.Lab
    : type === "MEDIA_OUTLET" ? KINDS_BY_TYPE.MediaOutlet
    : type === "INSTITUTION" ? KINDS_BY_TYPE.Institution
    : [],
  );
  const or: Prisma.EntityWhereInput[] = [];
  if (orgKinds.length) or.push({ organization: { kind: { in: orgKinds } } });
  if (types.includes("MODEL")) or.push({ kind: "MODEL" });
  if (types.includes("PERSON")) or.push({ kind: "PERSON" });
  return { OR: or };
}

/**
 * Finds entities by any name or alias, in any script: the query and the names are folded the same
 * way (NFKC, Traditional→Simplified, accents and case), so 楊立昆, 杨立昆 and "lecun" all find Yann LeCun.
 * One hit per entity: its best-matching name.
 */
export async function searchEntities(options: {
  prisma: PrismaClient;
  query: string;
  types?: readonly SearchableType[] | null;
  first: number;
}): Promise<SearchHitResult[]> {
  const { prisma, query, types, first } = options;
  const folded = foldForSearch(query);
  if (!folded) throw badUserInput("`query` must contain at least one letter or digit", { argument: "query" });
  if (first < 1 || first > 50) throw badUserInput("`first` must be between 1 and 50", { argument: "first" });
  const typeWhere = typeCondition(types);
  const [byName, byAlias] = await Promise.all([
    prisma.entity.findMany({ where: { AND: [typeWhere, { normalizedName: { contains: folded } }] }, include: entityInclude, take: 200 }),
    prisma.alias.findMany({
      where: { normalized: { contains: folded }, entity: typeWhere },
      include: { entity: { include: entityInclude } },
      take: 200,
    }),
  ]);
  const best = new Map<number, SearchHitResult>();
  const asTyped = query.normalize("NFKC").trim().toLowerCase();
  // Between equally good hits, the alias written exactly as typed wins (楊立昆 over 杨立昆).
  const offer = (hit: SearchHitResult) => {
    const current = best.get(hit.entity.entityId);
    const exact = hit.matchedAlias.toLowerCase() === asTyped;
    if (!current || hit.score > current.score || (hit.score === current.score && exact)) best.set(hit.entity.entityId, hit);
  };
  for (const row of byName)
    offer({ entity: toEntityNode(row), matchedAlias: row.name, language: "en", score: scoreMatch(folded, row.normalizedName) });
  for (const alias of byAlias)
    offer({ entity: toEntityNode(alias.entity), matchedAlias: alias.name, language: alias.language, score: scoreMatch(folded, alias.normalized) });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name))
    .slice(0, first);
}
