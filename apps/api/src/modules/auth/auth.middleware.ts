import crypto from "node:crypto";
import type { RequestHandler } from "express";
import { GraphQLError } from "graphql";
import { bearerToken, type ApiKeyVerifier } from "./auth.service";

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [crypto.createHash("sha256").update(given).digest(), crypto.createHash("sha256").update(expected).digest()];
  return crypto.timingSafeEqual(a, b);
}

/**
 * Resolves `Authorization: Bearer <key>` into `res.locals.viewer` (null without the header). A
 * malformed, unknown or revoked key gets 401 with a GraphQL-shaped error, for GraphQL and exports alike.
 * The first-party web server is recognized by its client token (`res.locals.firstParty`).
 */
export function authenticate(options: { verifier: ApiKeyVerifier; webClientToken?: string }): RequestHandler {
  return async (req, res, next) => {
    try {
      const clientToken = req.headers["x-orchard-client-token"];
      res.locals.firstParty = Boolean(options.webClientToken && typeof clientToken === "string" && sameSecret(clientToken, options.webClientToken));
      const token = bearerToken(req.headers.authorization);
      res.locals.viewer = token ? await options.verifier.verify(token) : null;
      next();
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== "UNAUTHENTICATED") return next(error);
      res
        .status(401)
        .setHeader("WWW-Authenticate", 'Bearer realm="orchard"')
        .json({ errors: [{ message: error.message, extensions: { code: "UNAUTHENTICATED" } }] });
    }
  };
}
