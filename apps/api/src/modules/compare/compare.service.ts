import type { SqlReader } from "../../db/sql-reader";
import { badUserInput } from "../../common/global-id";
import { toEventNode, type EntityNode, type ModelNode } from "../../common/nodes";
import type { EventType } from "../../common/enums";
import { toFigure } from "../event/event.service";
import type { FigureType } from "../event/event.type";
import { createExpectedReleaseLoader } from "../model/model.service";
import { groupBy } from "../../common/group-by";
import { loadEvents, loadModels, loadRoles, loadScope } from "./compare.queries";
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
export async function compareCompanies(options: { reader: SqlReader; slugs: string[]; asOf: Date }): Promise<Comparison> {
  const { reader, asOf } = options;
  const slugs = [...new Set(options.slugs)];
  if (slugs.length < 1 || slugs.length > MAX_COMPARED)
    throw badUserInput(`compare takes 1 to ${MAX_COMPARED} company slugs, got ${slugs.length}`, { argument: "slugs" });

  const scope = await loadScope(reader, slugs);
  const companies = slugs.map((slug) => {
    const node = scope.find((entry) => entry.node.slug === slug && entry.rootId === entry.node.entityId)?.node;
    if (!node || node.__typename !== "Company") throw badUserInput(`"${slug}" is not a known company slug`, { argument: "slugs", slug });
    return node;
  });
  const orgNodes = new Map(scope.map((entry) => [entry.node.entityId, entry.node]));
  const scopeOf = new Map(
    companies.map((company) => [company.entityId, scope.filter((entry) => entry.rootId === company.entityId).map((entry) => entry.node.entityId)]),
  );
  const allOrgIds = [...new Set([...scopeOf.values()].flat())];
  const companyOfOrg = new Map<number, EntityNode>();
  for (const company of companies) for (const id of scopeOf.get(company.entityId)!) companyOfOrg.set(id, company);

  const [modelNodes, roleRows] = await Promise.all([loadModels(reader, allOrgIds, asOf), loadRoles(reader, allOrgIds)]);
  const models = modelNodes as ModelNode[];
  const companyOfModel = new Map<number, EntityNode>();
  for (const model of models) {
    const company = companyOfOrg.get(model.ownerId ?? -1) ?? companyOfOrg.get(model.developerId ?? -1);
    if (company) companyOfModel.set(model.entityId, company);
  }

  const participantIds = [...allOrgIds, ...models.map((model) => model.entityId)];
  const [{ events, figures }, expected] = await Promise.all([
    loadEvents(reader, participantIds, asOf),
    createExpectedReleaseLoader({ reader, asOf }).loadMany(models.map((model) => model.entityId)),
  ]);
  const expectedByModel = new Map(models.map((model, index) => [model.entityId, expected[index]]));
  const moneyByEvent = groupBy(figures.map(toFigure), (figure) => figure.eventId);

  const columns: CompanyComparison[] = companies.map((company) => {
    const scope = new Set(scopeOf.get(company.entityId));
    const myModels = models.filter((model) => companyOfModel.get(model.entityId)?.entityId === company.entityId);
    const inScope = new Set([...scope, ...myModels.map((model) => model.entityId)]);
    const myEvents = events.filter((event) => event.participantIds.some((id) => inScope.has(id)));
    const counts = new Map<EventType, number>();
    for (const event of myEvents) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    const money = myEvents
      .flatMap((event) => (moneyByEvent.get(event.id) ?? []).map((figure) => ({ figure, event })))
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
  const rolesByPerson = groupBy(roleRows, (role) => role.personId);
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
          person: left.person,
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
