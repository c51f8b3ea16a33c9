import crypto from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "./logger";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The request's ID (x-request-id), also on every log line written for it. */
      id: string;
      /** A logger bound to the request's ID. */
      log: Logger;
    }
    interface Locals {
      /** Fields that handlers add to the request's one log line (operation, cost, rows…). */
      logFields: Record<string, unknown>;
    }
  }
}

/** Paths polled by orchestrators every few seconds: logging them would drown everything else. */
const QUIET_PATHS = new Set(["/healthz", "/readyz"]);

/**
 * One log line per request, written when the response ends: method, path, status, duration, client,
 * and what the handler added to `res.locals.logFields`. No header is logged, so API keys, cookies and
 * the web's client token never reach the logs.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers["x-request-id"];
    req.id = typeof incoming === "string" && /^[\w.-]{1,128}$/.test(incoming) ? incoming : crypto.randomUUID();
    res.setHeader("x-request-id", req.id);
    req.log = logger.child({ requestId: req.id });
    res.locals.logFields = {};
    const started = performance.now();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const path = req.originalUrl.split("?")[0];
      if (QUIET_PATHS.has(path) && res.statusCode < 500) return;
      const line = {
        method: req.method,
        path: req.originalUrl.length > 300 ? `${req.originalUrl.slice(0, 300)}…` : req.originalUrl,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        ip: req.ip,
        userAgent: req.headers["user-agent"]?.slice(0, 200),
        ...(res.writableFinished ? {} : { aborted: true }),
        ...res.locals.logFields,
      };
      if (res.statusCode >= 500) req.log.error(line, "request failed");
      else req.log.info(line, "request");
    };
    res.once("finish", done);
    res.once("close", done);
    next();
  };
}
