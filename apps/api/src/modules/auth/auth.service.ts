import crypto from "node:crypto";
import { promisify } from "node:util";
import { GraphQLError } from "graphql";
import type { AuthCheckerFn } from "type-graphql";
import type { ApiKey, PrismaClient } from "../../db/prisma";
import { ApiKeyRole } from "../../generated/prisma/enums";
import { badUserInput } from "../../common/global-id";

export { ApiKeyRole };

/** Who is calling: the key's role and name, or null for anonymous requests. */
export interface Viewer {
  keyId: number;
  keyName: string;
  role: ApiKeyRole;
}

/**
 * Roles each role includes. ADMIN holds every role; ANALYST (edits knowledge) and INGEST (pushes
 * documents) are separate duties that both include READER.
 */
const INCLUDED_ROLES: Record<ApiKeyRole, readonly ApiKeyRole[]> = {
  READER: ["READER"],
  ANALYST: ["ANALYST", "READER"],
  INGEST: ["INGEST", "READER"],
  ADMIN: ["ADMIN", "ANALYST", "INGEST", "READER"],
};

/** True when a key of role `granted` may do what needs any of `required` (none: any valid key). */
export function roleSatisfies(granted: ApiKeyRole, required: readonly ApiKeyRole[]): boolean {
  return required.length === 0 || required.some((role) => INCLUDED_ROLES[granted].includes(role));
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** type-graphql's `@Authorized(...roles)` check: anonymous → UNAUTHENTICATED, too weak a role → FORBIDDEN. */
export const authChecker: AuthCheckerFn<{ viewer: Viewer | null }, ApiKeyRole> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new GraphQLError("This operation needs an API key: send `Authorization: Bearer <key>`.", { extensions: { code: "UNAUTHENTICATED" } });
  if (!roleSatisfies(viewer.role, roles))
    throw new GraphQLError(`This operation needs the role ${roles.join(" or ")}; the key "${viewer.keyName}" has ${viewer.role}.`, {
      extensions: { code: "FORBIDDEN", requiredRoles: roles, role: viewer.role },
    });
  return true;
};

const scrypt = promisify(crypto.scrypt) as (secret: string, salt: Buffer, length: number) => Promise<Buffer>;
const HASH_LENGTH = 32;
const KEY_PATTERN = /^orch_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

async function hashSecret(secret: string, salt: Buffer): Promise<Buffer> {
  return scrypt(secret, salt, HASH_LENGTH);
}

export interface ApiKeyCreated {
  /** The plaintext key: shown once, never stored. */
  key: string;
  apiKey: ApiKey;
}

export async function createApiKey(options: { prisma: PrismaClient; name: string; role: ApiKeyRole }): Promise<ApiKeyCreated> {
  const name = options.name.trim();
  if (!name || name.length > 100) throw badUserInput("An API key name must have 1–100 characters.", { argument: "name" });
  if (!Object.values(ApiKeyRole).includes(options.role))
    throw badUserInput(`Unknown role "${options.role}": one of ${Object.values(ApiKeyRole).join(", ")}.`, { argument: "role" });
  const prefix = crypto.randomBytes(6).toString("hex");
  const secret = crypto.randomBytes(32).toString("base64url");
  const salt = crypto.randomBytes(16);
  const hash = await hashSecret(secret, salt);
  const apiKey = await options.prisma.apiKey.create({
    data: { name, role: options.role, prefix, salt: salt.toString("base64"), hash: hash.toString("base64") },
  });
  return { key: `orch_${prefix}_${secret}`, apiKey };
}

export function listApiKeys(options: { prisma: PrismaClient }): Promise<ApiKey[]> {
  return options.prisma.apiKey.findMany({ orderBy: { id: "asc" } });
}

/** Revokes a key at once (every request re-reads `revokedAt`); revoking twice keeps the first date. Null when unknown. */
export async function revokeApiKey(options: { prisma: PrismaClient; id: number; now?: Date }): Promise<ApiKey | null> {
  const { prisma, id } = options;
  await prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: options.now ?? new Date() } });
  return prisma.apiKey.findUnique({ where: { id } });
}

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Checks presented keys. The row is read on every call, so a revocation applies to the next request;
 * what is cached is only the proof that a secret matches a row's hash (a SHA-256 of the secret), so
 * scrypt runs once per key and process rather than once per request.
 */
export class ApiKeyVerifier {
  private readonly verified = new Map<string, Buffer>();

  constructor(private readonly options: { prisma: PrismaClient; now?: () => Date; onError?: (error: unknown) => void }) {}

  /** The viewer for a presented key; throws UNAUTHENTICATED for a malformed, unknown or revoked key. */
  async verify(presented: string): Promise<Viewer> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) throw unauthenticated("Malformed API key: expected `orch_<prefix>_<secret>`.");
    const [, prefix, secret] = match;
    const row = await this.options.prisma.apiKey.findUnique({ where: { prefix } });
    if (!row || !(await this.matches(row, secret))) throw unauthenticated("Unknown API key.");
    if (row.revokedAt) throw unauthenticated(`The API key "${row.name}" was revoked on ${row.revokedAt.toISOString()}.`);
    this.touch(row);
    return { keyId: row.id, keyName: row.name, role: row.role };
  }

  private async matches(row: ApiKey, secret: string): Promise<boolean> {
    const fingerprint = crypto.createHash("sha256").update(secret).digest();
    const cacheKey = `${row.id}:${row.hash}`;
    const known = this.verified.get(cacheKey);
    if (known) return crypto.timingSafeEqual(known, fingerprint);
    const expected = Buffer.from(row.hash, "base64");
    const actual = await hashSecret(secret, Buffer.from(row.salt, "base64"));
    if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return false;
    this.verified.set(cacheKey, fingerprint);
    return true;
  }

  /** Records use at most once a minute per key, without delaying the request. */
  private touch(row: ApiKey): void {
    const now = this.options.now?.() ?? new Date();
    if (row.lastUsedAt && now.getTime() - row.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    this.options.prisma.apiKey
      .updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] }, data: { lastUsedAt: now } })
      .catch((error: unknown) => this.options.onError?.(error));
  }
}

/** The key of an `Authorization: Bearer <key>` header; null when there is none; throws on any other scheme. */
export function bearerToken(header: string | undefined): string | null {
  if (header == null || header === "") return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthenticated("Unsupported Authorization header: use `Authorization: Bearer <key>`.");
  return match[1];
}
