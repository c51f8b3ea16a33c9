import pg from "pg";
import type { SqlReader } from "../../db/sql-reader";
import { sql } from "../../db/sql-reader";
import type { Logger } from "../../logger";

/** The NOTIFY channel of newly reported events; the payload is the event's id. */
export const EVENT_CHANNEL = "orchard_event_reported";

const NOTIFY = sql("feed_notify", `SELECT pg_notify('${EVENT_CHANNEL}', $1::text)`);

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/** How a change feed tells every API process (itself included) that an event was reported. */
export interface EventChannel {
  /** Announces a committed event to every listening process, this one included. */
  notify(eventId: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * PostgreSQL LISTEN/NOTIFY across API processes: notifications go out on the shared pool, and each
 * process holds one dedicated connection that listens (a pooled connection would be handed to other
 * work and lose its LISTEN). When that connection drops (a restart, a network cut) it is opened
 * again with growing delays; events reported while it was down are not replayed to subscribers
 * (webhook deliveries, kept in the outbox, are).
 */
export class PgEventChannel implements EventChannel {
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private delayMs = RECONNECT_MIN_MS;
  private closed = false;

  private constructor(private readonly options: { databaseUrl: string; reader: SqlReader; logger: Logger; onEvent: (eventId: number) => void }) {}

  /** Resolves once the first LISTEN is in place, so no event committed afterwards is missed. */
  static async open(options: { databaseUrl: string; reader: SqlReader; logger: Logger; onEvent: (eventId: number) => void }): Promise<PgEventChannel> {
    const channel = new PgEventChannel(options);
    await channel.connect();
    return channel;
  }

  async notify(eventId: number): Promise<void> {
    await this.options.reader.query(NOTIFY, [String(eventId)]);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: "orchard-feed-listener" });
    client.on("notification", (message) => {
      const eventId = Number(message.payload);
      if (message.channel === EVENT_CHANNEL && Number.isSafeInteger(eventId)) this.options.onEvent(eventId);
    });
    // 'error' and 'end' both follow a lost connection; whichever comes first schedules the reconnect.
    const lost = (error?: Error) => {
      if (this.client !== client || this.closed) return;
      this.client = undefined;
      this.options.logger.warn({ err: error, retryInMs: this.delayMs }, "feed listener connection lost: reconnecting");
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on("error", lost);
    client.on("end", () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
    this.delayMs = RECONNECT_MIN_MS;
  }

  private scheduleReconnect(): void {
    const delay = this.delayMs;
    this.delayMs = Math.min(RECONNECT_MAX_MS, this.delayMs * 2);
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        () => this.options.logger.info("feed listener reconnected"),
        (error: unknown) => {
          this.options.logger.warn({ err: error, retryInMs: this.delayMs }, "feed listener could not reconnect");
          if (!this.closed) this.scheduleReconnect();
        },
      );
    }, delay);
    this.retryTimer.unref();
  }
}
