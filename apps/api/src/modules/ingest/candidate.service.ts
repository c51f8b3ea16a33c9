import type { Prisma, PrismaClient } from "../../db/prisma";
import { assessOverTime, evidenceOf } from "../event/confidence";
import { noteEntitiesReported } from "../entity/entity-reported";
import { parseFuzzyDate } from "../../common/fuzzy-date";
import type { ChangeFeed } from "../feed/feed.service";
import { enqueueWebhookDeliveries } from "../webhook/webhook.service";

/** A review that cannot be applied (unknown candidate or event, already reviewed, bad date). */
export class CandidateReviewError extends Error {}

type Tx = Prisma.TransactionClient;
type EventTypeName = Prisma.EventCreateInput["type"];

interface CandidateParticipant {
  entityId: number;
  role: string;
}

async function pendingCandidate(tx: Tx, id: number) {
  const candidate = await tx.eventCandidate.findUnique({ where: { id }, include: { source: { select: { id: true, publicOn: true } } } });
  if (!candidate) throw new CandidateReviewError(`There is no event candidate ${id}.`);
  if (candidate.status !== "PENDING") throw new CandidateReviewError(`Event candidate ${id} was already reviewed (${candidate.status.toLowerCase()}).`);
  return candidate;
}

function participantsOf(candidate: { participants: Prisma.JsonValue }): CandidateParticipant[] {
  return (candidate.participants as unknown as CandidateParticipant[]).filter((p) => Number.isInteger(p.entityId) && typeof p.role === "string");
}

/**
 * Recomputes an event's status, confidence and their history from all its citations (docs/trust.md),
 * after a citation is added. Its first-reported day only moves earlier: a day a source states for
 * when the fact became public is kept.
 */
async function refreshEventEvidence(tx: Tx, eventId: number): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { firstReportedOn: true } });
  const citations = await tx.citation.findMany({
    where: { eventId },
    select: { sourceId: true, stance: true, attributedToId: true, official: true, source: { select: { publicOn: true, publisherId: true } } },
  });
  const evidence = evidenceOf(
    citations.map((c) => ({ source: c.sourceId, stance: c.stance, attributedTo: c.attributedToId, official: c.official, publisher: c.source.publisherId })),
  );
  const firstReportedOn = new Date(Math.min(event.firstReportedOn.getTime(), ...citations.map((c) => c.source.publicOn.getTime())));
  const history = assessOverTime(
    citations.map((c, index) => ({ evidence: evidence[index], day: c.source.publicOn })),
    firstReportedOn,
  );
  const { status, confidence } = history[history.length - 1];
  await tx.event.update({ where: { id: eventId }, data: { status, confidence, firstReportedOn } });
  await tx.eventAssessment.deleteMany({ where: { eventId } });
  await tx.eventAssessment.createMany({ data: history.map((assessment) => ({ eventId, ...assessment })) });
}

/** Accepts a candidate as a new event: its sentence becomes the citation, its figures the event's figures. */
export async function acceptCandidate(options: {
  prisma: PrismaClient;
  id: number;
  title: string;
  type?: EventTypeName | null;
  summary?: string | null;
  occurredOn?: string | null;
  /** Told about the new event once the transaction has committed. */
  feed?: Pick<ChangeFeed, "eventCreated">;
}): Promise<{ eventId: number }> {
  const title = options.title.trim();
  if (!title) throw new CandidateReviewError("An accepted event needs a title.");
  let occurred: ReturnType<typeof parseFuzzyDate> | null = null;
  if (options.occurredOn) {
    try {
      occurred = parseFuzzyDate(options.occurredOn);
    } catch (error) {
      throw new CandidateReviewError((error as Error).message);
    }
  }
  const accepted = await options.prisma.$transaction(async (tx) => {
    const candidate = await pendingCandidate(tx, options.id);
    const citation = { sourceId: candidate.sourceId, quote: candidate.quote, quoteStart: candidate.quoteStart, stance: "SUPPORTS" as const };
    const figures = await tx.sourceFigure.findMany({ where: { sourceId: candidate.sourceId, position: { in: candidate.figurePositions } }, orderBy: { position: "asc" } });
    const event = await tx.event.create({
      data: {
        key: `candidate-${candidate.id}`,
        type: options.type ?? candidate.type,
        title,
        summary: options.summary ?? null,
        occurredText: occurred ? options.occurredOn : null,
        occurredStart: occurred?.start ?? null,
        occurredEnd: occurred?.end ?? null,
        occurredPrecision: occurred?.precision ?? null,
        firstReportedOn: candidate.source.publicOn,
        status: "REPORTED",
        confidence: 0,
        participants: { createMany: { data: participantsOf(candidate), skipDuplicates: true } },
        citations: { create: citation },
      },
      select: { id: true },
    });
    await refreshEventEvidence(tx, event.id);
    await noteEntitiesReported(
      tx,
      participantsOf(candidate).map((p) => p.entityId),
      candidate.source.publicOn,
    );
    for (const [position, figure] of figures.entries()) {
      await tx.figure.create({
        data: {
          eventId: event.id,
          position,
          kind: figure.kind,
          metric: figure.kind.toLowerCase(),
          value: figure.value,
          valueMax: figure.valueMax,
          qualifier: figure.qualifier,
          unit: figure.unit,
          text: figure.text,
          dateText: figure.kind === "DATE" ? figure.text : null,
          dateStart: figure.dateStart,
          dateEnd: figure.dateEnd,
          datePrecision: figure.datePrecision,
          firstReportedOn: candidate.source.publicOn,
          citations: { create: citation },
        },
      });
    }
    await tx.eventCandidate.update({ where: { id: candidate.id }, data: { status: "ACCEPTED", eventId: event.id, reviewedAt: new Date() } });
    // The webhook outbox commits with the event: never lost, never enqueued twice.
    await enqueueWebhookDeliveries({ tx, eventId: event.id });
    return { eventId: event.id };
  });
  await options.feed?.eventCreated(accepted.eventId);
  return accepted;
}

/** Merges a candidate into an existing event: one more citation (another outlet, another language). */
export async function mergeCandidate(options: { prisma: PrismaClient; id: number; eventId: number }): Promise<{ eventId: number }> {
  return options.prisma.$transaction(async (tx) => {
    const candidate = await pendingCandidate(tx, options.id);
    const event = await tx.event.findUnique({ where: { id: options.eventId }, select: { id: true } });
    if (!event) throw new CandidateReviewError(`There is no event ${options.eventId} to merge into.`);
    await tx.citation.create({ data: { eventId: event.id, sourceId: candidate.sourceId, quote: candidate.quote, quoteStart: candidate.quoteStart, stance: "SUPPORTS" } });
    await tx.eventParticipant.createMany({ data: participantsOf(candidate).map((p) => ({ ...p, eventId: event.id })), skipDuplicates: true });
    await refreshEventEvidence(tx, event.id);
    await noteEntitiesReported(
      tx,
      participantsOf(candidate).map((p) => p.entityId),
      candidate.source.publicOn,
    );
    await tx.eventCandidate.update({ where: { id: candidate.id }, data: { status: "MERGED", eventId: event.id, reviewedAt: new Date() } });
    return { eventId: event.id };
  });
}

export async function rejectCandidate(options: { prisma: PrismaClient; id: number; note?: string | null }): Promise<void> {
  await options.prisma.$transaction(async (tx) => {
    await pendingCandidate(tx, options.id);
    await tx.eventCandidate.update({ where: { id: options.id }, data: { status: "REJECTED", reviewNote: options.note ?? null, reviewedAt: new Date() } });
  });
}
