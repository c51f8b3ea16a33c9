import pino, { type DestinationStream, type Logger } from "pino";
import type { AppConfig } from "./config";

export type { Logger };

/** `destination` (default stdout) lets tests read what would be logged. */
export function createLogger(config: Pick<AppConfig, "LOG_LEVEL" | "NODE_ENV">, destination?: DestinationStream): Logger {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: "orchard-api" },
    // API keys and cookies never reach the logs.
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
