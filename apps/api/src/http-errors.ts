import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "./common/errors";

/** Every error the API answers has the GraphQL shape, whatever the route: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendError(res: Response, status: number, message: string, code: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

export function notFoundHandler(): RequestHandler {
  return (req, res) => sendError(res, 404, `No route ${req.method} ${req.path.slice(0, 200)}: the API serves /graphql, /export/…, /healthz and /readyz.`, "NOT_FOUND");
}

/** Codes for what body-parser (express.json) reports, by its `type`. */
const BODY_ERRORS: Record<string, string> = {
  "entity.too.large": "PAYLOAD_TOO_LARGE",
  "entity.parse.failed": "BAD_REQUEST",
  "encoding.unsupported": "UNSUPPORTED_MEDIA_TYPE",
  "charset.unsupported": "UNSUPPORTED_MEDIA_TYPE",
  "request.aborted": "BAD_REQUEST",
  "request.size.invalid": "BAD_REQUEST",
};

/**
 * Express's last handler: JSON instead of an HTML page with a stack. Client errors (a body too large,
 * not JSON) keep their status and a message; anything else is a 500 whose details stay in the log —
 * or a 503 when the database is down.
 */
export function httpErrorHandler(options: { debug: boolean }): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = Number((error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode ?? 500);
    if (res.headersSent) {
      req.log.error({ err: error }, "error after the response started");
      res.destroy();
      return;
    }
    if (isDatabaseUnavailable(error)) {
      res.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      sendError(res, 503, `The database is unavailable; retry in ${DATABASE_RETRY_AFTER_SECONDS} s.`, "DATABASE_UNAVAILABLE");
      return;
    }
    if (status >= 400 && status < 500) {
      const type = (error as { type?: string }).type ?? "";
      const message = type === "entity.parse.failed" ? "The request body is not valid JSON." : (error as Error).message;
      sendError(res, status, message, BODY_ERRORS[type] ?? "BAD_REQUEST");
      return;
    }
    req.log.error({ err: error }, "unexpected error");
    sendError(
      res,
      500,
      options.debug && error instanceof Error ? error.message : "Internal server error",
      "INTERNAL_SERVER_ERROR",
      options.debug && error instanceof Error ? { stacktrace: error.stack?.split("\n") } : {},
    );
  };
}
