import type { Logger } from "../logger";
import type { PrismaClient } from "../db/prisma";
import type { SqlReader } from "../db/sql-reader";
import type { RequestReader } from "../db/replica-reader";
import type { Loaders } from "./loaders";
import type { Viewer } from "../modules/auth/auth.service";
import type { ChangeFeed } from "../modules/feed/feed.service";

export interface RequestContext {
  prisma: PrismaClient;
  /** The read path's hand-shaped SQL. */
  reader: SqlReader;
  /** Where `reader` sends statements: on a replica until the request writes (primary-for-mutations.ts). */
  reads?: Pick<RequestReader, "usePrimary">;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** Loaders that depend on field arguments (e.g. `Entity.events(filter)`), one per distinct argument set. */
  keyedLoaders: Map<string, unknown>;
  /** The API key the request is made with; null when anonymous. */
  viewer: Viewer | null;
  /** Told about events once their transaction commits (subscriptions, webhook worker); subscriptions read from it. */
  changeFeed?: ChangeFeed;
  /** WEBHOOK_ALLOW_LOOPBACK: webhooks may target this machine (tests). */
  allowLoopbackWebhooks?: boolean;
}

export function keyedLoader<T>(context: RequestContext, key: string, create: () => T): T {
  let loader = context.keyedLoaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    context.keyedLoaders.set(key, loader);
  }
  return loader;
}
