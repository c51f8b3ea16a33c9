import type { PrismaClient } from "../../db/prisma";
import type { FuzzyDateValue } from "../../common/fuzzy-date.type";
import { badUserInput, toGlobalId } from "../../common/global-id";
import { organizationTypeName } from "../../common/nodes";
import type { ExportRow } from "./export.service";

/** How exported values are written: days as ISO dates, fuzzy dates as four columns, IDs as the API's global IDs. */
export const day = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null);
export const fuzzy = (prefix: string, value: FuzzyDateValue | null): ExportRow => ({
  [`${prefix}Text`]: value?.text ?? null,
  [`${prefix}Start`]: day(value?.start),
  [`${prefix}End`]: day(value?.end),
  [`${prefix}Precision`]: value?.precision ?? null,
});
export const fuzzyColumns = (prefix: string) => [`${prefix}Text`, `${prefix}Start`, `${prefix}End`, `${prefix}Precision`];
export const organizationId = (id: number | null, kind: Parameters<typeof organizationTypeName>[0] | undefined): string | null =>
  id == null || !kind ? null : toGlobalId(organizationTypeName(kind), id);

export async function entityIds(prisma: PrismaClient, slugs: string[] | null | undefined): Promise<number[] | null> {
  if (!slugs?.length) return null;
  const rows = await prisma.entity.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((slug) => !rows.some((row) => row.slug === slug));
  if (missing.length) throw badUserInput(`Unknown entity slug(s) in entities: ${missing.join(", ")}`, { argument: "entities" });
  return rows.map((row) => row.id);
}

export const page = <T extends { id: number }>(rows: T[], size: number) => ({ last: rows.length === size ? rows[rows.length - 1].id : null });
