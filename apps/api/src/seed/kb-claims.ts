import { parseFuzzyDate } from "../common/fuzzy-date";
import { ACCESS_CUES, EVENT_TYPE_CUES, LINEAGE_CUES, OFFICIAL_CUES, QUALIFIER_CUES, ROLE_END_CUES, ROLE_START_CUES, STATUS_CUES } from "./claim-cues";
import type { CitationInput, DatedClaimInput } from "./kb-claims-schema";
import type { EventInput, FacilityInput, ModelInput, PersonInput } from "./kb-schema";

/**
 * Provenance per claim: every value that could be wrong (a title, a role's dates, a release date, a
 * status, an access level, a figure, a lineage edge, an event's type and date) carries a citation
 * whose verbatim quote is in a seed article and plausibly supports it. Problems name file and line.
 */
export interface ClaimContext {
  problems: string[];
  /** Checks one citation (source, quote, attribution) and reports at `where`. */
  checkCitation(citation: CitationInput, where: string): void;
  /** The cleaned text's publication day (last day of its period) of a source, when known. */
  sourceDay(sourceKey: string): Date | undefined;
}

export interface Located<T> {
  entries: T[];
  where(index: number, nested?: (string | number)[]): string;
}

export interface ClaimCounts {
  claims: number;
  citations: number;
}

const normalize = (text: string) => text.normalize("NFKC");
const anyQuote = (citations: CitationInput[], pattern: RegExp) => citations.some((c) => pattern.test(normalize(c.quote)));
const quotesContain = (citations: CitationInput[], text: string) => citations.some((c) => normalize(c.quote).includes(normalize(text)));

export function checkClaims(
  context: ClaimContext,
  files: { models: Located<ModelInput>; facilities: Located<FacilityInput>; people: Located<PersonInput>; events: Located<EventInput> },
): ClaimCounts {
  const { problems } = context;
  const counts: ClaimCounts = { claims: 0, citations: 0 };
  const cite = (list: CitationInput[], where: (k: number) => string) => {
    list.forEach((citation, k) => {
      counts.citations += 1;
      context.checkCitation(citation, where(k));
      if (citation.official && !OFFICIAL_CUES.test(normalize(citation.quote)))
        problems.push(`${where(k)}: marked official, but the quote does not say the party itself stated it (an announcement, a spokesperson, a memo)`);
    });
  };
  const expectCue = (list: CitationInput[], pattern: RegExp | undefined, where: string, claim: string) => {
    if (pattern && list.length > 0 && !anyQuote(list, pattern))
      problems.push(`${where}: no quote supports ${claim}: none of its quotes contains a word for it (${pattern.source.slice(0, 60)}…)`);
  };

  /** A dated claim: its wording must be quoted by the claim's citations (its own, else the fallback). */
  const checkDate = (date: DatedClaimInput | null | undefined, fallback: CitationInput[], where: string, label: string, ownCitationsRequired = false) => {
    if (!date) return;
    counts.claims += 1;
    const own = date.citations ?? [];
    if (ownCitationsRequired && own.length === 0) {
      problems.push(`${where}: uncited claim: ${label} ${date.date} has no citations (give { date, quoted, citations })`);
      return;
    }
    cite(own, (k) => `${where} (citation ${k + 1})`);
    const pool = own.length > 0 ? own : fallback;
    if (!date.quoted) problems.push(`${where}: uncited claim: ${label} ${date.date} has no quoted wording (add quoted: "<the words that date it>", or remove the date)`);
    else if (!quotesContain(pool, date.quoted)) problems.push(`${where}: ${label}: quoted wording "${date.quoted}" is in none of its quotes`);
    return pool;
  };

  files.models.entries.forEach((model, i) => {
    const where = (path: (string | number)[]) => files.models.where(i, path);
    for (const [field, table] of [
      ["status", STATUS_CUES],
      ["access", ACCESS_CUES],
    ] as const) {
      const claim = model[field];
      if (claim.value === "unknown") continue;
      counts.claims += 1;
      if (claim.citations.length === 0) {
        problems.push(`${where([field])}: ${model.slug}: uncited claim: ${field} "${claim.value}" (give { value, citations }, or ${field}: unknown)`);
        continue;
      }
      cite(claim.citations, (k) => where([field, "citations", k]));
      expectCue(claim.citations, table[claim.value], where([field]), `${field} "${claim.value}"`);
    }
    checkDate(model.releasedOn, [], where(["releasedOn"]), `${model.slug}: release date`, true);
    model.lineage.forEach((edge, e) => {
      counts.claims += 1;
      cite(edge.citations, (k) => where(["lineage", e, "citations", k]));
      expectCue(edge.citations, LINEAGE_CUES[edge.relation], where(["lineage", e]), `${model.slug} ${edge.relation} ${edge.model}`);
    });
  });

  files.facilities.entries.forEach((facility, i) => {
    if (!facility.location) return;
    counts.claims += 1;
    cite(facility.location.citations, (k) => files.facilities.where(i, ["location", "citations", k]));
    // "Richland Parish, Louisiana" is backed by "a Richland Parish, in Louisiana": each part is quoted.
    const parts = facility.location.value.split(/,\s*/);
    if (!parts.every((part) => quotesContain(facility.location!.citations, part)))
      problems.push(`${files.facilities.where(i, ["location"])}: ${facility.slug}: location "${facility.location.value}" is in none of its quotes`);
  });

  files.people.entries.forEach((person, i) =>
    person.roles.forEach((role, r) => {
      const where = (path: (string | number)[] = []) => files.people.where(i, ["roles", r, ...path]);
      counts.claims += 1;
      cite(role.citations, (k) => where(["citations", k]));
      const label = `${person.slug} at ${role.organization}`;
      const start = checkDate(role.start, role.citations, where(["start"]), `${label}: start`);
      if (start) expectCue(start, ROLE_START_CUES, where(["start"]), `${label}: the start of the role (joining, appointment, tenure)`);
      const end = checkDate(role.end, role.citations, where(["end"]), `${label}: end`);
      if (end) expectCue(end, ROLE_END_CUES, where(["end"]), `${label}: the end of the role (leaving, "former")`);
    }),
  );

  files.events.entries.forEach((event, i) => {
    const where = (path: (string | number)[] = []) => files.events.where(i, path);
    counts.claims += 1;
    cite(event.citations, (k) => where(["citations", k]));
    expectCue(event.citations, EVENT_TYPE_CUES[event.type], where(["type"]), `${event.key}: the type ${event.type}`);
    checkDate(event.occurredOn, event.citations, where(["occurredOn"]), `${event.key}: date`);
    checkPublicSince(event.publicSince, where(["publicSince"]), event.key, event.citations);
    event.figures.forEach((figure, f) => {
      const at = (path: (string | number)[] = []) => where(["figures", f, ...path]);
      counts.claims += 1;
      cite(figure.citations, (k) => at(["citations", k]));
      if (!quotesContain(figure.citations, figure.text)) problems.push(`${at(["text"])}: ${event.key}: figure text "${figure.text}" is in none of its quotes`);
      expectQualifier(figure.qualifier, figure.text, at(["qualifier"]), event.key);
      checkDate(figure.effectiveOn, [...figure.citations, ...event.citations], at(["effectiveOn"]), `${event.key}: effective date`);
      checkPublicSince(figure.publicSince, at(["publicSince"]), event.key, figure.citations);
    });
  });

  /** A stated public date: its own quotes say when, and it is not later than the first citing source. */
  function checkPublicSince(date: DatedClaimInput | null | undefined, where: string, key: string, citations: CitationInput[]) {
    if (!date) return;
    checkDate(date, [], where, `${key}: public since`, true);
    const firstSource = Math.min(...citations.map((c) => context.sourceDay(c.source)?.getTime() ?? Infinity));
    if (parseFuzzyDate(date.date).end.getTime() >= firstSource) problems.push(`${where}: ${key}: publicSince ${date.date} is not earlier than the first citing source: remove it`);
  }

  function expectQualifier(qualifier: string, text: string, where: string, key: string) {
    const pattern = QUALIFIER_CUES[qualifier];
    if (pattern && !pattern.test(normalize(text))) problems.push(`${where}: ${key}: qualifier ${qualifier} but the figure text "${text}" has no word for it`);
    if (qualifier === "exact") {
      const hedged = Object.entries(QUALIFIER_CUES).find(([name, cuePattern]) => name !== "range" && cuePattern.test(normalize(text)));
      if (hedged) problems.push(`${where}: ${key}: the figure text "${text}" reads as ${hedged[0]}, not exact: set qualifier`);
    }
  }

  return counts;
}
