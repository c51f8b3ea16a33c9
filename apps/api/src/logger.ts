import pino, { type DestinationStream, type Logger } from "pino";
import type { AppConfig } from "./config";

export type { Logger };

/**
 * Credentials never reach the logs. Request lines carry no headers at all (request-log.ts); these
 * paths also catch a headers object logged by mistake, at the top level or under `req`.
 */
const SECRET_HEADERS = ["authorization", "cookie", "set-cookie", '"x-orchard-client-token"', '"proxy-authorization"'];
const REDACTED_PATHS = ["headers", "req.headers", "request.headers", "res.headers"].flatMap((parent) => SECRET_HEADERS.map((name) => `${parent}.${name}`));

/** `destination` (default stdout) lets tests read what would be logged. */
export function createLogger(config: Pick<AppConfig, "LOG_LEVEL" | "NODE_ENV">, destination?: DestinationStream): Logger {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: "orchard-api" },
    redact: { paths: [...REDACTED_PATHS, "apiKey", "secret", "connectionParams.authorization", "connectionParams.apiKey"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
