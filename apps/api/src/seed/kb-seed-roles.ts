import type { CitationInput, DatedClaimInput, PersonInput, RoleInput } from "./kb-schema";
import { dateColumns, earliestDay, type SeedContext } from "./kb-seed-context";

export const TITLE_NOT_REPORTED = "Title not reported";

/**
 * The citations that back a role's start or end: its own when it has them, else the role's quotes
 * that contain the dating wording (the checker made sure one does).
 */
function supportOf(date: DatedClaimInput, role: RoleInput): CitationInput[] {
  if (date.citations?.length) return date.citations;
  const quoted = date.quoted?.normalize("NFKC");
  const containing = quoted ? role.citations.filter((c) => c.quote.normalize("NFKC").includes(quoted)) : [];
  return containing.length > 0 ? containing : role.citations;
}

/** Roles in the order the sources give them (`position`), with their first-reported days. */
export async function writeRoles(context: SeedContext, people: PersonInput[]) {
  for (const person of people) {
    for (const [position, role] of person.roles.entries()) {
      const start = dateColumns(role.start);
      const end = dateColumns(role.end);
      await context.tx.role.create({
        data: {
          personId: context.id(person.slug),
          organizationId: context.id(role.organization),
          title: role.title ?? TITLE_NOT_REPORTED,
          position,
          startText: start.text,
          startDate: start.date?.start ?? null,
          startPrecision: start.date?.precision ?? null,
          startIsUpperBound: start.isUpperBound,
          endText: end.text,
          endDate: end.date?.end ?? null,
          endPrecision: end.date?.precision ?? null,
          endIsUpperBound: end.isUpperBound,
          firstReportedOn: earliestDay(context, [...role.citations, ...(role.start?.citations ?? []), ...(role.end?.citations ?? [])]),
          endReportedOn: role.end ? earliestDay(context, supportOf(role.end, role)) : null,
          citations: {
            create: [
              ...context.citationRows(role.citations),
              ...context.citationRows(role.start?.citations ?? [], "start"),
              ...context.citationRows(role.end?.citations ?? [], "end"),
            ],
          },
        },
      });
      context.summary.roles += 1;
    }
  }
}
