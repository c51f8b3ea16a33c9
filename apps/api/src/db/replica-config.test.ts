import { databaseOptions, loadConfig } from "../config";
import { createDatabase } from "./prisma";

const PRIMARY = "postgresql://orchard:secret@db-primary:5432/orchard";

describe("DATABASE_REPLICA_URLS", () => {
  it("takes comma-separated postgresql:// URLs and hands them to the database with the replica settings", () => {
    const config = loadConfig({ DATABASE_URL: PRIMARY, DATABASE_REPLICA_URLS: " postgresql://r1:5432/orchard, postgres://r2/orchard ,", DATABASE_REPLICA_STRATEGY: "round-robin" });
    expect(config.DATABASE_REPLICA_URLS).toEqual(["postgresql://r1:5432/orchard", "postgres://r2/orchard"]);
    expect(databaseOptions(config)).toMatchObject({
      databaseUrl: PRIMARY,
      poolSize: 10,
      replicas: { urls: ["postgresql://r1:5432/orchard", "postgres://r2/orchard"], strategy: "round-robin", maxLagMs: 10_000, checkIntervalMs: 2_000 },
    });
    expect(databaseOptions(loadConfig({ DATABASE_URL: PRIMARY })).replicas).toBeUndefined();
  });

  it("refuses a URL that is not postgresql://, and replicas without DATABASE_URL (the embedded PGlite)", async () => {
    expect(() => loadConfig({ DATABASE_URL: PRIMARY, DATABASE_REPLICA_URLS: "mysql://r1/orchard" })).toThrow("each of DATABASE_REPLICA_URLS must be a postgresql:// URL");
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: "postgresql://r1/orchard" })).toThrow(
      "DATABASE_REPLICA_URLS: needs DATABASE_URL (the primary): the embedded PGlite has no replicas",
    );
    await expect(
      createDatabase({ pgliteDir: "memory://", replicas: { urls: ["postgresql://r1/orchard"], strategy: "least-busy", maxLagMs: 1, checkIntervalMs: 1 } }),
    ).rejects.toThrow("DATABASE_REPLICA_URLS needs DATABASE_URL");
  });
});
