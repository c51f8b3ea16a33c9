import DataLoader from "dataloader";
import type { Prisma, PrismaClient } from "../../db/prisma";
import { entityInclude, toEntityNode, type EntityNode } from "../../common/nodes";
import type { Page } from "../../common/pagination";
import type { ModelAccess, ModelKind, ModelStatus } from "../../common/enums";
import { toFigure } from "../event/event.service";
import type { FigureType } from "../event/event.type";

export interface ModelListOptions {
  prisma: PrismaClient;
  filter?: {
    kinds?: ModelKind[] | null;
    status?: ModelStatus[] | null;
    access?: ModelAccess[] | null;
    owner?: string | null;
    developer?: string | null;
  } | null;
  orderBy?: { field: "NAME" | "SLUG"; direction: "ASC" | "DESC" } | null;
  page: Page;
}

export async function listModels(options: ModelListOptions): Promise<{ nodes: EntityNode[]; totalCount: number }> {
  const { prisma, filter, orderBy, page } = options;
  const where: Prisma.EntityWhereInput = {
    model: {
      ...(filter?.kinds?.length ? { kind: { in: filter.kinds } } : {}),
      ...(filter?.status?.length ? { status: { in: filter.status } } : {}),
      ...(filter?.access?.length ? { access: { in: filter.access } } : {}),
      ...(filter?.owner ? { owner: { entity: { slug: filter.owner } } } : {}),
      ...(filter?.developer ? { developer: { entity: { slug: filter.developer } } } : {}),
    },
  };
  const direction = orderBy?.direction === "DESC" ? "desc" : "asc";
  const [rows, totalCount] = await Promise.all([
    prisma.entity.findMany({
      where,
      include: entityInclude,
      orderBy: [orderBy?.field === "SLUG" ? { slug: direction } : { name: direction }, { id: "asc" }],
      skip: page.offset,
      take: page.limit,
    }),
    prisma.entity.count({ where }),
  ]);
  return { nodes: rows.map(toEntityNode), totalCount };
}

export const EXPECTED_RELEASE_METRIC = "expected_release";

/**
 * The release date expected on `asOf`: the latest `expected_release` figure on the model's events
 * that had taken effect by then (its effective date, else the event's first report). Older values
 * stay in the history, so on 2025-11-01 Avocado reads "end of 2025" and later "Q1 2026".
 */
export function createExpectedReleaseLoader(options: { prisma: PrismaClient; asOf: Date }) {
  const { prisma, asOf } = options;
  return new DataLoader<number, FigureType | null>(async (modelIds) => {
    const figures = await prisma.figure.findMany({
      where: { metric: EXPECTED_RELEASE_METRIC, event: { participants: { some: { entityId: { in: [...modelIds] } } } } },
      include: {
        event: { select: { firstReportedOn: true, participants: { where: { entityId: { in: [...modelIds] } }, select: { entityId: true } } } },
      },
    });
    const takesEffect = (figure: (typeof figures)[number]) => figure.effectiveStart ?? figure.event.firstReportedOn;
    return modelIds.map((modelId) => {
      const candidates = figures
        .filter((figure) => figure.event.participants.some((p) => p.entityId === modelId) && takesEffect(figure) <= asOf)
        .sort((a, b) => takesEffect(b).getTime() - takesEffect(a).getTime() || b.id - a.id);
      return candidates[0] ? toFigure(candidates[0]) : null;
    });
  });
}
