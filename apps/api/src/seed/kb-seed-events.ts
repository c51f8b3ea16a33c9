import { assessEvidence, assessOverTime } from "../modules/event/confidence";
import { firstReport, type FirstReport } from "./first-reported";
import { normalizeQuote } from "./kb-loader";
import type { EventInput, FigureInput } from "./kb-schema";
import { dateColumns, upper, type SeedContext } from "./kb-seed-context";

/** The stored as-of columns of a first report (docs/trust.md). */
function reportColumns(context: SeedContext, report: FirstReport) {
  return {
    firstReportedOn: report.on,
    firstReportedFrom: report.from,
    firstReportedBasis: report.basis,
    firstReportedSourceId: context.source(report.sourceKey).id,
    firstReportedQuote: report.quote,
  };
}

function publicSinceColumns(date: EventInput["publicSince"]) {
  const columns = dateColumns(date);
  return { publicSince: columns.date?.end ?? null, publicSincePrecision: columns.date?.precision ?? null };
}

function figureReport(context: SeedContext, figure: FigureInput): FirstReport {
  return firstReport({ sources: context.citingSources(figure.citations), stated: context.statedPublicDate(figure.publicSince) });
}

/**
 * Events with participants, figures and citations. Status and confidence follow from the evidence;
 * an event was first reported when its earliest piece (itself or one of its figures) was.
 */
export async function writeEvents(context: SeedContext, events: EventInput[]) {
  const { tx, summary } = context;
  for (const event of events) {
    const occurred = dateColumns(event.occurredOn);
    const figureReports = event.figures.map((figure) => figureReport(context, figure));
    const eventReport = firstReport({
      sources: context.citingSources(event.citations),
      stated: context.statedPublicDate(event.publicSince),
      also: figureReports,
    });
    const { confidence, status } = assessEvidence(context.evidence(event.citations));
    const data = {
      type: upper(event.type),
      title: event.title,
      summary: event.summary ?? null,
      occurredText: occurred.text,
      occurredStart: occurred.date?.start ?? null,
      occurredEnd: occurred.date?.end ?? null,
      occurredPrecision: occurred.date?.precision ?? null,
      ...reportColumns(context, eventReport),
      ...publicSinceColumns(event.publicSince),
      status,
      confidence,
    };
    const row = await tx.event.upsert({ where: { key: event.key }, create: { key: event.key, ...data }, update: data });
    await tx.eventAssessment.deleteMany({ where: { eventId: row.id } });
    await tx.eventAssessment.createMany({
      data: assessOverTime(context.datedEvidence(event.citations), eventReport.on).map((assessment) => ({ eventId: row.id, ...assessment })),
    });
    await tx.eventParticipant.deleteMany({ where: { eventId: row.id } });
    await tx.figure.deleteMany({ where: { eventId: row.id } });
    await tx.citation.deleteMany({ where: { eventId: row.id } });
    await tx.eventParticipant.createMany({
      data: event.participants.map((p) => ({ eventId: row.id, entityId: context.id(p.entity), role: p.role })),
      skipDuplicates: true,
    });
    await tx.citation.createMany({
      data: [
        ...context.citationRows(event.citations),
        ...context.citationRows(event.occurredOn?.citations ?? [], "occurredOn"),
        ...context.citationRows(event.publicSince?.citations ?? [], "publicSince"),
      ].map((c) => ({ ...c, eventId: row.id })),
    });
    for (const [position, figure] of event.figures.entries()) {
      const date = dateColumns(figure.date ? { date: figure.date } : null);
      const effective = dateColumns(figure.effectiveOn);
      await tx.figure.create({
        data: {
          eventId: row.id,
          position,
          kind: upper(figure.kind),
          metric: figure.metric,
          qualifier: upper(figure.qualifier),
          value: figure.value ?? null,
          valueMax: figure.valueMax ?? null,
          unit: figure.unit ?? null,
          text: normalizeQuote(figure.text),
          dateText: date.text,
          dateStart: date.date?.start ?? null,
          dateEnd: date.date?.end ?? null,
          datePrecision: date.date?.precision ?? null,
          effectiveText: effective.text,
          effectiveStart: effective.date?.start ?? null,
          effectivePrecision: effective.date?.precision ?? null,
          ...reportColumns(context, figureReports[position]),
          ...publicSinceColumns(figure.publicSince),
          citations: {
            create: [...context.citationRows(figure.citations), ...context.citationRows(figure.publicSince?.citations ?? [], "publicSince")],
          },
        },
      });
      summary.figures += 1;
    }
    summary.events += 1;
  }
}
