import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import type { Logger } from "../logger";

/** Apollo Server stores persisted queries under this prefix (requestPipeline's APQ_CACHE_PREFIX). */
const APQ_PREFIX = "apq:";

export const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

/**
 * Reads the web client's trusted documents: the `persisted-documents.json` that GraphQL Code
 * Generator's client preset writes (`{ "<sha256>": "<document>" }`). A missing file turns the
 * feature off (APQ still works); an entry whose hash is not the SHA-256 of its document is skipped,
 * since Apollo Server could never have matched it anyway.
 */
export function loadTrustedDocuments(options: { manifestPath: string; logger: Logger }): Map<string, string> {
  const { manifestPath, logger } = options;
  let text: string;
  try {
    text = readFileSync(manifestPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    logger.info({ manifestPath }, "no trusted-documents manifest: only automatic persisted queries");
    return new Map();
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new Error(`Trusted-documents manifest ${manifestPath} is not JSON: ${(error as Error).message}`);
  }
  if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) {
    throw new Error(`Trusted-documents manifest ${manifestPath} must be an object of { "<sha256>": "<document>" }`);
  }
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (typeof document === "string" && sha256(document) === hash) documents.set(hash, document);
    else logger.warn({ manifestPath, hash }, "trusted document skipped: its hash is not the SHA-256 of its text");
  }
  logger.info({ manifestPath, documents: documents.size }, "trusted documents loaded");
  return documents;
}

/**
 * The persisted-query store handed to Apollo Server: trusted documents answer their hash without
 * a prior registration; other clients register theirs the APQ way (hash, then hash + query) in a
 * bounded in-memory cache.
 */
export class PersistedQueryStore implements KeyValueCache<string> {
  private readonly registered = new InMemoryLRUCache<string>();

  constructor(private readonly trusted: ReadonlyMap<string, string>) {}

  async get(key: string): Promise<string | undefined> {
    const document = key.startsWith(APQ_PREFIX) ? this.trusted.get(key.slice(APQ_PREFIX.length)) : undefined;
    return document ?? this.registered.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.registered.set(key, value, options);
  }

  async delete(key: string): Promise<boolean | void> {
    return this.registered.delete(key);
  }
}
