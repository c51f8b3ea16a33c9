import pino, { type Logger } from "pino";
import type { AppConfig } from "./config";

export type { Logger };

export function createLogger(config: Pick<AppConfig, "LOG_LEVEL" | "NODE_ENV">): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: "orchard-api" },
    // API keys and cookies never reach the logs.
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
  });
}
