import type { SqlReader } from "../../db/sql-reader";
import { badUserInput } from "../../common/global-id";
import { dayToDate, type AsOfDay } from "../../common/as-of";
import { toEventNode, type EntityNode, type ModelNode } from "../../common/nodes";
import type { EventType } from "../../common/enums";
import { toFigure } from "../event/event.service";
import type { FigureType } from "../event/event.type";
import { createExpectedReleaseLoader, keptModels } from "../model/model.service";
import { loadEvents, loadModels, loadMoneyFigures, loadRoles, loadScope, type Cited, type CompareFigureRow, type ScopePairs } from "./compare.queries";
import { COMPARE_LIMITS, type CompareLimits } from "./compare.limits";
import { toRole } from "../person/person.service";
import { deriveMoves } from "./talent-flow";
import type { Comparison, CompanyComparison } from "./compare.type";

export const MAX_COMPARED = 6;

/**
 * A list of money figures as a column shows it: the newest `limit` (the statement reads one more to
 * tell whether it cut), oldest first by when each took effect.
 */
function boundedFigures(rows: CompareFigureRow[], limit: number, asOf: AsOfDay) {
  const kept = rows.slice(0, limit);
  const time = (row: CompareFigureRow, figure: FigureType) => (figure.effectiveOn?.start ?? row.eventOccurredStart ?? row.eventReportedOn).getTime();
  const figures = kept.map((row) => ({ row, figure: toFigure(row, asOf) })).sort((a, b) => time(a.row, a.figure) - time(b.row, b.figure));
  return { rows: kept, figures: figures.map((entry) => entry.figure), truncated: rows.length > limit };
}

/**
 * "As reported up to": the newest day among the rows a comparison shows, their visible citations' and
 * their own first reports (a fact public from a day a later source states counts from that day).
 */
function newestReport(rows: Iterable<Cited & { firstReportedOn?: Date | null }>): Date | null {
  let newest: Date | null = null;
  for (const { lastCitedOn, firstReportedOn } of rows) for (const day of [lastCitedOn, firstReportedOn]) if (day && (!newest || day > newest)) newest = day;
  return newest;
}

/** The request's entity lookups of the day, told what compare already read (key people and their organizations need no second read). */
interface EntityCache {
  prime(id: number, node: EntityNode | null): unknown;
}

/**
 * Builds a comparison page as known on `asOf` (common/as-of.ts): events and figures reported by then,
 * roles current then, expected releases and statuses as they stood then. A company's figures are those
 * of events where it, one of its labs or one of its models is a subject (compare.queries SUBJECT_ROLES).
 * A fixed number of statements whatever the data size, and each section bounded (compare.limits.ts).
 */
export async function compareCompanies(options: {
  reader: SqlReader;
  slugs: string[];
  asOf: AsOfDay;
  entities?: EntityCache;
  /** The sections' bounds; the defaults serve the API (tests use small ones to reach them). */
  limits?: Partial<CompareLimits>;
}): Promise<Comparison> {
  const { reader, asOf } = options;
  const limits: CompareLimits = { ...COMPARE_LIMITS, ...options.limits };
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

  const pairsOf = (membersOf: (company: EntityNode) => number[]): ScopePairs => {
    const pairs: ScopePairs = { roots: [], members: [] };
    for (const company of companies) {
      for (const member of membersOf(company)) {
        pairs.roots.push(company.entityId);
        pairs.members.push(member);
      }
    }
    return pairs;
  };

  const [modelRows, roles] = await Promise.all([
    loadModels(reader, allOrgIds, asOf),
    loadRoles(
      reader,
      pairsOf((company) => scopeOf.get(company.entityId)!),
      asOf,
      limits,
    ),
  ]);
  for (const node of orgNodes.values()) options.entities?.prime(node.entityId, node);
  for (const role of [...roles.movers, ...[...roles.keyPeople.values()].flat()]) options.entities?.prime(role.personId, role.personVisible ? role.person : null);
  const models = modelRows.map((row) => row.node as ModelNode);
  const companyOfModel = new Map<number, EntityNode>();
  for (const model of models) {
    const company = companyOfOrg.get(model.ownerId ?? -1) ?? companyOfOrg.get(model.developerId ?? -1);
    if (company) companyOfModel.set(model.entityId, company);
  }
  const modelsOf = (company: EntityNode) => models.filter((model) => companyOfModel.get(model.entityId)?.entityId === company.entityId);
  const scopePairs = pairsOf((company) => [...scopeOf.get(company.entityId)!, ...modelsOf(company).map((model) => model.entityId)]);
  const shownModels = new Map(companies.map((company) => [company.entityId, keptModels(modelsOf(company), limits.models)]));

  const [eventsByCompany, figureRows, expected] = await Promise.all([
    loadEvents(reader, scopePairs, asOf, limits),
    loadMoneyFigures(reader, scopePairs, asOf, limits),
    createExpectedReleaseLoader({ reader, asOf }).loadMany([...shownModels.values()].flat().map((model) => model.entityId)),
  ]);
  const expectedByModel = new Map([...shownModels.values()].flat().map((model, index) => [model.entityId, expected[index]]));
  const allMoves = deriveMoves(roles.movers, companyOfOrg);
  const moves = allMoves.slice(Math.max(0, allMoves.length - limits.talentFlows));
  const shown: Array<Cited & { firstReportedOn?: Date | null }> = [...modelRows, ...moves.flatMap((move) => [move.left, move.joined])];

  const columns: CompanyComparison[] = companies.map((company) => {
    const scope = new Set(scopeOf.get(company.entityId));
    const myModels = shownModels.get(company.entityId)!;
    const events = eventsByCompany.get(company.entityId) ?? { typeCounts: {}, counted: 0, capped: false, newestReportedOn: null, recent: [] };
    const figures = figureRows.filter((row) => row.rootId === company.entityId);
    const money = boundedFigures(
      figures.filter((row) => row.list === "money"),
      limits.moneyFigures,
      asOf,
    );
    const capex = boundedFigures(
      figures.filter((row) => row.list === "capex"),
      limits.capexGuidance,
      asOf,
    );
    const keyPeople = roles.keyPeople.get(company.entityId) ?? [];
    shown.push(...money.rows, ...capex.rows, ...keyPeople, ...events.recent, { lastCitedOn: null, firstReportedOn: events.newestReportedOn });
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
      modelCount: modelsOf(company).length,
      keyPeople: keyPeople.map((role) => toRole(role, asOf)),
      keyPeopleCount: roles.keyPeopleCount.get(company.entityId) ?? 0,
      moneyFigures: money.figures,
      moneyFiguresTruncated: money.truncated,
      capexGuidance: capex.figures,
      capexGuidanceTruncated: capex.truncated,
      eventCounts: Object.entries(events.typeCounts)
        .map(([type, count]) => ({ type: type as EventType, count }))
        .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      totalEvents: events.counted,
      eventCountsCapped: events.capped,
      recentEvents: events.recent.map((event) => toEventNode(event, asOf)),
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
  return { asOf: dayToDate(asOf), knownAsOf: newestReport(shown), companies: columns, talentFlows, talentFlowCount: allMoves.length };
}
