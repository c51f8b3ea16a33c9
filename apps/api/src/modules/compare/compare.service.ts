import type { PrismaClient } from "../../db/prisma";
import { badUserInput } from "../../common/global-id";
import { entityInclude, toEntityNode, toEventNode, type EntityNode, type ModelNode } from "../../common/nodes";
import type { EventType } from "../../common/enums";
import { toFigure } from "../event/event.service";
import type { FigureType } from "../event/event.type";
import { createExpectedReleaseLoader } from "../model/model.service";
import { descendantsOf } from "../organization/organization.service";
import { isRoleCurrent, toRole } from "../person/person.service";
import type { Comparison, CompanyComparison, TalentMove } from "./compare.type";

export const MAX_COMPARED = 6;
const RECENT_EVENTS = 5;

const figureTime = (figure: FigureType, occurred: Date | null, reported: Date) =>
  (figure.effectiveOn?.start ?? occurred ?? reported).getTime();

/**
 * Builds a comparison page as known on `asOf`: events and figures reported by then, roles current
 * then, expected releases as they stood then. A fixed number of statements whatever the data size.
 */
export async function compareCompanies(options: { prisma: PrismaClient; slugs: string[]; asOf: Date }): Promise<Comparison> {
  const { prisma, asOf } = options;
  const slugs = [...new Set(options.slugs)];
  if (slugs.length < 1 || slugs.length > MAX_COMPARED)
    throw badUserInput(`compare takes 1 to ${MAX_COMPARED} company slugs, got ${slugs.length}`, { argument: "slugs" });

  const rows = await prisma.entity.findMany({ where: { slug: { in: slugs } }, include: entityInclude });
  const companies = slugs.map((slug) => {
    const row = rows.find((candidate) => candidate.slug === slug);
    const node = row && toEntityNode(row);
    if (!node || node.__typename !== "Company") throw badUserInput(`"${slug}" is not a known company slug`, { argument: "slugs", slug });
    return node;
  });

  const descendants = await descendantsOf(prisma, companies.map((company) => company.entityId));
  const scopeOf = new Map(companies.map((company) => [company.entityId, [company.entityId, ...(descendants.get(company.entityId) ?? [])]]));
  const allOrgIds = [...scopeOf.values()].flat();
  const companyOfOrg = new Map<number, EntityNode>();
  for (const company of companies) for (const id of scopeOf.get(company.entityId)!) companyOfOrg.set(id, company);

  const [orgRows, modelRows, roleRows] = await Promise.all([
    prisma.entity.findMany({ where: { id: { in: allOrgIds } }, include: entityInclude }),
    prisma.entity.findMany({
      where: { model: { OR: [{ ownerId: { in: allOrgIds } }, { developerId: { in: allOrgIds } }] } },
      include: entityInclude,
      orderBy: { name: "asc" },
    }),
    // Every role of everyone who ever held a role inside the compared companies (for talent flow).
    prisma.role.findMany({
      where: { person: { roles: { some: { organizationId: { in: allOrgIds } } } } },
      include: { person: { include: { entity: { include: entityInclude } } } },
      orderBy: [{ startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    }),
  ]);
  const orgNodes = new Map(orgRows.map((row) => [row.id, toEntityNode(row)]));
  const models = modelRows.map(toEntityNode) as ModelNode[];
  const companyOfModel = new Map<number, EntityNode>();
  for (const model of models) {
    const company = companyOfOrg.get(model.ownerId ?? -1) ?? companyOfOrg.get(model.developerId ?? -1);
    if (company) companyOfModel.set(model.entityId, company);
  }

  const participantIds = [...allOrgIds, ...models.map((model) => model.entityId)];
  const [events, expected] = await Promise.all([
    prisma.event.findMany({
      where: { firstReportedOn: { lte: asOf }, participants: { some: { entityId: { in: participantIds } } } },
      include: { participants: { select: { entityId: true } }, figures: { orderBy: { position: "asc" } } },
      orderBy: [{ occurredStart: { sort: "desc", nulls: "last" } }, { firstReportedOn: "desc" }, { id: "desc" }],
    }),
    createExpectedReleaseLoader({ prisma, asOf }).loadMany(models.map((model) => model.entityId)),
  ]);
  const expectedByModel = new Map(models.map((model, index) => [model.entityId, expected[index]]));

  const columns: CompanyComparison[] = companies.map((company) => {
    const scope = new Set(scopeOf.get(company.entityId));
    const myModels = models.filter((model) => companyOfModel.get(model.entityId)?.entityId === company.entityId);
    const inScope = new Set([...scope, ...myModels.map((model) => model.entityId)]);
    const myEvents = events.filter((event) => event.participants.some((p) => inScope.has(p.entityId)));
    const counts = new Map<EventType, number>();
    for (const event of myEvents) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    const money = myEvents
      .flatMap((event) => event.figures.filter((f) => f.kind === "MONEY").map((f) => ({ figure: toFigure(f), event })))
      .sort((a, b) => figureTime(a.figure, a.event.occurredStart, a.event.firstReportedOn) - figureTime(b.figure, b.event.occurredStart, b.event.firstReportedOn));
    return {
      slug: company.slug,
      name: company.name,
      company,
      labs: [...scope].map((id) => orgNodes.get(id)).filter((node): node is EntityNode => node?.__typename === "Lab"),
      models: myModels.map((model) => {
        const expectedRelease = expectedByModel.get(model.entityId);
        return {
          model,
          status: model.status,
          access: model.access,
          expectedRelease: expectedRelease instanceof Error ? null : (expectedRelease ?? null),
          releasedOn: model.releasedOn,
        };
      }),
      keyPeople: roleRows.filter((role) => scope.has(role.organizationId) && isRoleCurrent(role, asOf)).map((role) => toRole(role, asOf)),
      moneyFigures: money.map((entry) => entry.figure),
      capexGuidance: money.filter((entry) => entry.figure.metric === "capex_guidance").map((entry) => entry.figure),
      eventCounts: [...counts.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      totalEvents: myEvents.length,
      recentEvents: myEvents.slice(0, RECENT_EVENTS).map(toEventNode),
    };
  });

  // Talent flow: a role at one compared company that had ended, then a role at another that had begun.
  const talentFlows: TalentMove[] = [];
  const rolesByPerson = new Map<number, typeof roleRows>();
  for (const role of roleRows) rolesByPerson.set(role.personId, [...(rolesByPerson.get(role.personId) ?? []), role]);
  for (const roles of rolesByPerson.values()) {
    for (const left of roles) {
      const fromCompany = companyOfOrg.get(left.organizationId);
      if (!fromCompany || !left.endDate || left.endDate > asOf) continue;
      const leftFrom = left.startDate ?? left.endDate;
      // Per destination company, the first role taken there after this one began (unknown starts last).
      const firstJoined = new Map<number, (typeof roles)[number]>();
      for (const joined of roles) {
        const toCompany = companyOfOrg.get(joined.organizationId);
        if (!toCompany || toCompany.entityId === fromCompany.entityId) continue;
        if (joined.startDate && (joined.startDate > asOf || joined.startDate < leftFrom)) continue;
        if (joined.endDate && joined.endDate <= leftFrom) continue; // held before, not a move
        const current = firstJoined.get(toCompany.entityId);
        const earlier = !current || (joined.startDate && (!current.startDate || joined.startDate < current.startDate));
        if (earlier) firstJoined.set(toCompany.entityId, joined);
      }
      for (const [toCompanyId, joined] of firstJoined) {
        talentFlows.push({
          person: toEntityNode(left.person.entity),
          fromCompany,
          toCompany: companies.find((company) => company.entityId === toCompanyId)!,
          fromOrganization: orgNodes.get(left.organizationId)!,
          toOrganization: orgNodes.get(joined.organizationId)!,
          left: toRole(left, asOf),
          joined: toRole(joined, asOf),
        });
      }
    }
  }
  talentFlows.sort((a, b) => (a.left.end?.start.getTime() ?? 0) - (b.left.end?.start.getTime() ?? 0));
  return { asOf, companies: columns, talentFlows };
}
