import { GraphQLError } from "graphql";
import type { PrismaClient } from "../../db/prisma";
import { ApiKeyRole, ApiKeyVerifier, authChecker, bearerToken, createApiKey, roleSatisfies } from "./auth.service";

/** Just enough of Prisma's apiKey delegate, in memory. */
function fakePrisma() {
  const rows: any[] = [];
  const updates: unknown[] = [];
  const apiKey = {
    async create({ data }: any) {
      const row = { id: rows.length + 1, createdAt: new Date(), lastUsedAt: null, revokedAt: null, ...data };
      rows.push(row);
      return row;
    },
    async findUnique({ where }: any) {
      return rows.find((row) => (where.prefix ? row.prefix === where.prefix : row.id === where.id)) ?? null;
    },
    async updateMany(args: any) {
      updates.push(args);
      return { count: 1 };
    },
  };
  return { prisma: { apiKey } as unknown as PrismaClient, rows, updates };
}

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return "allowed";
};

describe("roles", () => {
  it("ADMIN includes every role; ANALYST and INGEST include READER but not each other", () => {
    expect(Object.values(ApiKeyRole).every((role) => roleSatisfies("ADMIN", [role]))).toBe(true);
    expect(roleSatisfies("ANALYST", ["READER"])).toBe(true);
    expect(roleSatisfies("INGEST", ["READER"])).toBe(true);
    expect(roleSatisfies("ANALYST", ["INGEST"])).toBe(false);
    expect(roleSatisfies("INGEST", ["ANALYST"])).toBe(false);
    expect(roleSatisfies("READER", ["ANALYST", "INGEST"])).toBe(false);
    expect(roleSatisfies("READER", [])).toBe(true);
  });

  it("the auth checker answers UNAUTHENTICATED without a key and FORBIDDEN with too weak a role", () => {
    const check = (viewer: any, roles: ApiKeyRole[]) => () => authChecker({ context: { viewer } } as any, roles);
    expect(codeOf(check(null, ["READER"]))).toBe("UNAUTHENTICATED");
    expect(codeOf(check({ keyId: 1, keyName: "nb", role: "READER" }, ["ADMIN"]))).toBe("FORBIDDEN");
    expect(codeOf(check({ keyId: 1, keyName: "ops", role: "ADMIN" }, ["INGEST"]))).toBe("allowed");
  });
});

describe("API keys", () => {
  it("are created as orch_<prefix>_<secret>, stored as a salted hash only, and verified", async () => {
    const { prisma, rows } = fakePrisma();
    const { key, apiKey } = await createApiKey({ prisma, name: " notebook ", role: "READER" });
    expect(key).toMatch(/^orch_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey.name).toBe("notebook");
    expect(JSON.stringify(rows)).not.toContain(key.split("_").slice(2).join("_"));
    const verifier = new ApiKeyVerifier({ prisma });
    await expect(verifier.verify(key)).resolves.toEqual({ keyId: 1, keyName: "notebook", role: "READER" });
    await expect(verifier.verify(key)).resolves.toMatchObject({ keyId: 1 }); // cached proof, same answer
  });

  it("refuses malformed, unknown, wrong-secret and revoked keys with UNAUTHENTICATED", async () => {
    const { prisma, rows } = fakePrisma();
    const { key } = await createApiKey({ prisma, name: "partner", role: "INGEST" });
    const verifier = new ApiKeyVerifier({ prisma });
    const wrongSecret = key.slice(0, -4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (const presented of ["nope", "orch_000000000000_" + "A".repeat(43), wrongSecret]) {
      await expect(verifier.verify(presented)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    }
    await verifier.verify(key);
    await expect(verifier.verify(wrongSecret)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    rows[0].revokedAt = new Date();
    await expect(verifier.verify(key)).rejects.toThrow(/revoked/);
  });

  it("records last use at most once a minute", async () => {
    const { prisma, rows, updates } = fakePrisma();
    const { key } = await createApiKey({ prisma, name: "nb", role: "READER" });
    const now = { value: new Date("2026-01-01T00:00:00Z") };
    const verifier = new ApiKeyVerifier({ prisma, now: () => now.value });
    await verifier.verify(key);
    rows[0].lastUsedAt = now.value;
    now.value = new Date("2026-01-01T00:00:30Z");
    await verifier.verify(key);
    expect(updates).toHaveLength(1);
    now.value = new Date("2026-01-01T00:01:01Z");
    await verifier.verify(key);
    expect(updates).toHaveLength(2);
  });

  it("rejects names that are empty or too long", async () => {
    const { prisma } = fakePrisma();
    await expect(createApiKey({ prisma, name: "  ", role: "READER" })).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    await expect(createApiKey({ prisma, name: "x".repeat(101), role: "READER" })).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  });

  it("reads Bearer tokens and refuses other schemes", () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken("Bearer orch_x")).toBe("orch_x");
    expect(bearerToken("bearer  orch_x ")).toBe("orch_x");
    expect(() => bearerToken("Basic dXNlcjpwYXNz")).toThrow(/Bearer/);
  });
});
