import { createPubSub, filter, pipe } from "@graphql-yoga/subscription";
import type { Prisma, PrismaClient } from "../../db/prisma";
import type { Logger } from "../../logger";
import type { EventType } from "../../common/enums";
import { badUserInput } from "../../common/global-id";
import { toEventNode, type EventNode } from "../../common/nodes";
import type { EventChannel } from "./feed.channel";

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

/**
 * The change feed of one API server: its subscribers, and how it hears of events reported anywhere.
 * In-process by default (PGlite: one process); with an `EventChannel` (PostgreSQL LISTEN/NOTIFY) an
 * event accepted by any process is announced by id, and every process loads it and publishes it to
 * its own subscribers. Each server has its own, so two servers in one process share nothing.
 */
export class ChangeFeed {
  private readonly pubSub = createPubSub<{ [EVENT_REPORTED]: [ReportedEvent] }>();
  private channel: EventChannel | undefined;

  constructor(private readonly options: { prisma: PrismaClient; logger: Logger; onEventCreated?: (eventId: number) => void }) {}

  /** From now on events are announced through `channel`, and arrive back through `deliver`. */
  useChannel(channel: EventChannel): void {
    this.channel = channel;
  }

  /**
   * Tells the feed that an event was created and committed: subscribers (of every process) get it, and
   * this process's webhook worker is woken up (its deliveries were enqueued in the same transaction).
   * Never throws: the event is already committed, and a failure here must not fail the mutation.
   */
  async eventCreated(eventId: number): Promise<void> {
    try {
      if (this.channel) await this.channel.notify(eventId);
      else await this.deliver(eventId);
      this.options.onEventCreated?.(eventId);
    } catch (error) {
      this.options.logger.error({ err: error, eventId }, "could not publish a reported event");
    }
  }

  /** Publishes a committed event to this server's subscribers. */
  async deliver(eventId: number): Promise<void> {
    const reported = await loadReportedEvent({ prisma: this.options.prisma, eventId });
    if (reported) this.pubSub.publish(EVENT_REPORTED, reported);
  }

  /** The subscription stream of one client: every reported event its filter matches. */
  subscribe(feedFilter: FeedFilter): AsyncIterable<ReportedEvent> {
    return pipe(
      this.pubSub.subscribe(EVENT_REPORTED),
      filter((event: ReportedEvent) => matchesFeedFilter(feedFilter, { ...event.node, participantSlugs: event.participantSlugs })),
    );
  }
}
