import type { SqlReader } from "../../db/sql-reader";
import { badUserInput } from "../../common/global-id";
import { dayToDate, type AsOfDay } from "../../common/as-of";
import { toEventNode, type EntityNode, type ModelNode } from "../../common/nodes";
import type { EventType } from "../../common/enums";
import { toFigure } from "../event/event.service";
import type { FigureType } from "../event/event.type";
import { createExpectedReleaseLoader } from "../model/model.service";
import { loadEvents, loadModels, loadRoles, loadScope, type Cited } from "./compare.queries";
import { toRole } from "../person/person.service";
import { deriveMoves } from "./talent-flow";
import type { Comparison, CompanyComparison } from "./compare.type";

export const MAX_COMPARED = 6;
const RECENT_EVENTS = 5;

const figureTime = (figure: FigureType, occurred: Date | null, reported: Date) => (figure.effectiveOn?.start ?? occurred ?? reported).getTime();

/**
 * "As reported up to": the newest day among the rows a comparison shows, their visible citations' and
 * their own first reports (a fact public from a day a later source states counts from that day).
 */
function newestReport(rows: Iterable<Cited & { firstReportedOn?: Date | null }>): Date | null {
  let newest: Date | null = null;
  for (const { lastCitedOn, firstReportedOn } of rows) for (const day of [lastCitedOn, firstReportedOn]) if (day && (!newest || day > newest)) newest = day;
  return newest;
}

/**
 * Builds a comparison page as known on `asOf` (common/as-of.ts): events and figures reported by then,
 * roles current then, expected releases and statuses as they stood then. A company's figures are those
 * of events where it, one of its labs or one of its models is a subject (compare.queries SUBJECT_ROLES).
 * A fixed number of statements whatever the data size.
 */
/** The request's entity lookups of the day, told what compare already read (key people and their organizations need no second read). */
interface EntityCache {
  prime(id: number, node: EntityNode | null): unknown;
}

export async function compareCompanies(options: { reader: SqlReader; slugs: string[]; asOf: AsOfDay; entities?: EntityCache }): Promise<Comparison> {
  const { reader, asOf } = options;
  const slugs = [...new Set(options.slugs)];
  if (slugs.length < 1 || slugs.length > MAX_COMPARED) throw badUserInput(`compare takes 1 to ${MAX_COMPARED} company slugs, got ${slugs.length}`, { argument: "slugs" });

  const scope = await loadScope(reader, slugs, asOf);
  const companies = slugs.map((slug) => {
    const node = scope.find((entry) => entry.node.slug === slug && entry.rootId === entry.node.entityId)?.node;
    if (!node || node.__typename !== "Company") throw badUserInput(`"${slug}" is not a known company slug`, { argument: "slugs", slug });
    return node;
  });
  const orgNodes = new Map(scope.map((entry) => [entry.node.entityId, entry.node]));
  const scopeOf = new Map(companies.map((company) => [company.entityId, scope.filter((entry) => entry.rootId === company.entityId).map((entry) => entry.node.entityId)]));
  const allOrgIds = [...new Set([...scopeOf.values()].flat())];
  const companyOfOrg = new Map<number, EntityNode>();
  for (const company of companies) for (const id of scopeOf.get(company.entityId)!) companyOfOrg.set(id, company);

  const [modelRows, roleRows] = await Promise.all([loadModels(reader, allOrgIds, asOf), loadRoles(reader, allOrgIds, asOf)]);
  for (const node of orgNodes.values()) options.entities?.prime(node.entityId, node);
  for (const role of roleRows) options.entities?.prime(role.personId, role.personVisible ? role.person : null);
  const models = modelRows.map((row) => row.node as ModelNode);
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
  const eventById = new Map(events.map((event) => [event.id, event]));
  // Figures in the events' order (newest first), so that equal times keep a stable, meaningful order.
  const eventOrder = new Map(events.map((event, index) => [event.id, index]));
  figures.sort((a, b) => eventOrder.get(a.eventId)! - eventOrder.get(b.eventId)! || a.position - b.position);
  const moves = deriveMoves(roleRows, companyOfOrg);
  const shown: Array<Cited & { firstReportedOn?: Date | null }> = [...events, ...modelRows, ...moves.flatMap((move) => [move.left, move.joined])];

  const columns: CompanyComparison[] = companies.map((company) => {
    const scope = new Set(scopeOf.get(company.entityId));
    const myModels = models.filter((model) => companyOfModel.get(model.entityId)?.entityId === company.entityId);
    const inScope = new Set([...scope, ...myModels.map((model) => model.entityId)]);
    const myEvents = events.filter((event) => event.participantIds.some((id) => inScope.has(id)));
    const counts = new Map<EventType, number>();
    for (const event of myEvents) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    const myFigures = figures.filter((figure) => figure.subjectIds.some((id) => inScope.has(id)));
    const money = myFigures
      .map((row) => ({ figure: toFigure(row, asOf), event: eventById.get(row.eventId)! }))
      .sort((a, b) => figureTime(a.figure, a.event.occurredStart, a.event.firstReportedOn) - figureTime(b.figure, b.event.occurredStart, b.event.firstReportedOn));
    const keyPeople = roleRows.filter((role) => scope.has(role.organizationId) && role.isCurrent);
    shown.push(...myFigures, ...keyPeople);
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
      keyPeople: keyPeople.map((role) => toRole(role, asOf)),
      moneyFigures: money.map((entry) => entry.figure),
      capexGuidance: money.filter((entry) => entry.figure.metric === "capex_guidance").map((entry) => entry.figure),
      eventCounts: [...counts.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      totalEvents: myEvents.length,
      recentEvents: myEvents.slice(0, RECENT_EVENTS).map((event) => toEventNode(event, asOf)),
    };
  });

  const talentFlows = moves.map(({ left, joined, fromCompany, toCompany }) => ({
    person: left.person,
    fromCompany,
    toCompany,
    fromOrganization: orgNodes.get(left.organizationId)!,
    toOrganization: orgNodes.get(joined.organizationId)!,
    left: toRole(left, asOf),
    joined: toRole(joined, asOf),
  }));
  return { asOf: dayToDate(asOf), knownAsOf: newestReport(shown), companies: columns, talentFlows };
}
