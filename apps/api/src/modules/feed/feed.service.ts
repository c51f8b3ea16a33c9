import { createPubSub, filter, pipe } from "@graphql-yoga/subscription";
import type { Prisma, PrismaClient } from "../../db/prisma";
import type { Logger } from "../../logger";
import type { EventType } from "../../common/enums";
import { badUserInput } from "../../common/global-id";
import { toEventNode, type EventNode } from "../../common/nodes";

/** The stored (and GraphQL input) shape of a feed filter. */
export interface FeedFilter {
  types?: EventType[] | null;
  entities?: string[] | null;
  minConfidence?: number | null;
}

/** What is published when an event is newly reported: its node, and what filters look at. */
export interface ReportedEvent {
  node: EventNode;
  participantSlugs: string[];
}

export const EVENT_REPORTED = "EVENT_REPORTED";

/**
 * In-process fan-out to the subscriptions of this API process. Past one process it would be fed by
 * Postgres LISTEN/NOTIFY (DESIGN.md); the outbox makes webhooks independent of it.
 */
export const feedPubSub = createPubSub<{ [EVENT_REPORTED]: [ReportedEvent] }>();

export function matchesFeedFilter(feedFilter: FeedFilter | null | undefined, event: { type: string; confidence: number; participantSlugs: readonly string[] }): boolean {
  if (!feedFilter) return true;
  if (feedFilter.types?.length && !feedFilter.types.includes(event.type as EventType)) return false;
  if (feedFilter.entities?.length && !feedFilter.entities.some((slug) => event.participantSlugs.includes(slug))) return false;
  if (feedFilter.minConfidence != null && event.confidence < feedFilter.minConfidence) return false;
  return true;
}

/** Checks a filter as the `events` query does (unknown slugs are a user error) and returns its normal form. */
export async function checkFeedFilter(options: { prisma: PrismaClient; filter: FeedFilter | null | undefined; argument: string }): Promise<FeedFilter> {
  const { types, entities, minConfidence } = options.filter ?? {};
  if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1))
    throw badUserInput(`${options.argument}.minConfidence must be between 0 and 1, got ${minConfidence}`, { argument: `${options.argument}.minConfidence` });
  const slugs = [...new Set(entities ?? [])];
  if (slugs.length) {
    const found = await options.prisma.entity.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
    const missing = slugs.filter((slug) => !found.some((entity) => entity.slug === slug));
    if (missing.length) throw badUserInput(`Unknown entity slug(s) in ${options.argument}.entities: ${missing.join(", ")}`, { argument: `${options.argument}.entities` });
  }
  return {
    ...(types?.length ? { types: [...new Set(types)] } : {}),
    ...(slugs.length ? { entities: slugs } : {}),
    ...(minConfidence != null ? { minConfidence } : {}),
  };
}

/** An event with the slugs of its participants, read in one statement; null when it does not exist. */
export async function loadReportedEvent(options: { prisma: PrismaClient | Prisma.TransactionClient; eventId: number }): Promise<ReportedEvent | null> {
  const row = await options.prisma.event.findUnique({
    where: { id: options.eventId },
    include: { participants: { select: { entity: { select: { slug: true } } } } },
  });
  if (!row) return null;
  const { participants, ...event } = row;
  return { node: toEventNode(event), participantSlugs: [...new Set(participants.map((p) => p.entity.slug))] };
}

/** The subscription stream of one client: every reported event its filter matches. */
export function subscribeToReportedEvents(feedFilter: FeedFilter): AsyncIterable<ReportedEvent> {
  return pipe(
    feedPubSub.subscribe(EVENT_REPORTED),
    filter((event: ReportedEvent) => matchesFeedFilter(feedFilter, { ...event.node, participantSlugs: event.participantSlugs })),
  );
}

/**
 * Tells the change feed that an event was created and committed: subscribers get it, and the
 * webhook worker is woken up (its deliveries were enqueued in the same transaction as the event).
 */
export class ChangeFeed {
  constructor(private readonly options: { prisma: PrismaClient; logger: Logger; onEventCreated?: (eventId: number) => void }) {}

  /** Never throws: the event is already committed, and a failure here must not fail the mutation. */
  async eventCreated(eventId: number): Promise<void> {
    try {
      const reported = await loadReportedEvent({ prisma: this.options.prisma, eventId });
      if (reported) feedPubSub.publish(EVENT_REPORTED, reported);
      this.options.onEventCreated?.(eventId);
    } catch (error) {
      this.options.logger.error({ err: error, eventId }, "could not publish a reported event");
    }
  }
}
