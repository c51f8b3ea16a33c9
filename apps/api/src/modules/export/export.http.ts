import { once } from "node:events";
import express, { type Response, type Router } from "express";
import { GraphQLError } from "graphql";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "../../db/prisma";
import { bucketOf, type CostPolicies } from "../../common/cost-plugin";
import { rateLimitHeaders, type RateLimiter } from "../../common/rate-limit";
import type { Viewer } from "../auth/auth.service";
import { EXPORT_RESOURCES, exportColumns, exportRows, parseExportFilter, type ExportResource, type ExportRow } from "./export.service";

const FILE_PATTERN = new RegExp(`^(${EXPORT_RESOURCES.join("|")})\\.(csv|ndjson)$`);

const sendError = (res: Response, status: number, message: string, code: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** Writes a chunk, waiting for the socket to drain when its buffer is full (backpressure). */
async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")]);
}

const csvLine = (columns: string[], row: ExportRow) => stringify([columns.map((column) => row[column] ?? null)], { cast: { boolean: (value) => String(value) } });

/**
 * `GET /export/<resource>.<csv|ndjson>?<filters>`: streamed as it is read, one batch in memory at a
 * time. Takes `exportCost` points from the caller's bucket, like a GraphQL request.
 */
export function exportRouter(options: { prisma: PrismaClient; limiter: RateLimiter; policies: CostPolicies; rateLimitEnabled: boolean; exportCost: number }): Router {
  const router = express.Router();
  router.get("/:file", async (req, res) => {
    const match = FILE_PATTERN.exec(req.params.file);
    if (!match) return sendError(res, 404, `No such export: try /export/<${EXPORT_RESOURCES.join("|")}>.<csv|ndjson>`, "NOT_FOUND");
    const resource = match[1] as ExportResource;
    const format = match[2] as "csv" | "ndjson";
    const viewer = (res.locals.viewer ?? null) as Viewer | null;
    if (options.rateLimitEnabled) {
      const { subject, policy } = bucketOf({ viewer, clientIp: req.ip ?? "unknown" }, options.policies);
      const result = options.limiter.take({ subject, policy, cost: options.exportCost });
      res.set(rateLimitHeaders(policy, result));
      if (!result.allowed) return sendError(res, 429, `Rate limit exceeded: retry in ${result.retryAfterSeconds} s.`, "RATE_LIMITED");
    }
    let rows: AsyncGenerator<ExportRow[]>;
    let first: IteratorResult<ExportRow[]>;
    try {
      rows = exportRows({ prisma: options.prisma, resource, filter: parseExportFilter(resource, req.query as Record<string, unknown>) });
      first = await rows.next(); // surfaces filter errors (unknown slug) before the 200 is sent
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") return sendError(res, 400, error.message, "BAD_USER_INPUT");
      throw error;
    }
    const columns = exportColumns(resource);
    res.status(200);
    res.type(format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="orchard-${resource}.${format}"`);
    if (format === "csv") await write(res, stringify([columns]));
    let count = 0;
    try {
      for (let next = first; !next.done; next = await rows.next()) {
        if (res.destroyed) break; // the client went away: stop reading
        const batch = next.value;
        const lines = batch.map((row) => (format === "csv" ? csvLine(columns, row) : `${JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column] ?? null])))}\n`));
        await write(res, lines.join(""));
        count += batch.length;
      }
      res.end();
      req.log.info({ resource, format, rows: count }, "export sent");
    } catch (error) {
      // Headers are gone: all that is left is to cut the response, so the client sees it incomplete.
      req.log.error({ err: error, resource, rows: count }, "export failed");
      res.destroy(error as Error);
    }
  });
  return router;
}
