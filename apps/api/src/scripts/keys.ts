import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { createDatabase } from "../db/prisma";
import { applyMigrations } from "../db/migrate";
import { ApiKeyRole, createApiKey, listApiKeys, revokeApiKey } from "../modules/auth/auth.service";

const USAGE = `usage: npm run keys -- create --role <${Object.values(ApiKeyRole).join("|").toLowerCase()}> --name <name>
       npm run keys -- list
       npm run keys -- revoke <id>`;

class UsageError extends Error {}

/**
 * `npm run keys`: manages API keys directly in the database (PGlite while the server is stopped, its
 * lock refuses otherwise; or PostgreSQL with DATABASE_URL). The first admin key is made here.
 */
async function main() {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    options: { role: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (!["create", "list", "revoke"].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  const role = values.role?.toUpperCase();
  if (command === "create") {
    if (!role || !(role in ApiKeyRole)) throw new UsageError(`--role must be one of ${Object.values(ApiKeyRole).join(", ").toLowerCase()}.`);
    if (!values.name?.trim()) throw new UsageError("--name is required (what the key is for).");
  }
  if (command === "revoke" && !/^\d+$/.test(rest[0] ?? "")) throw new UsageError("revoke takes the numeric key ID shown by `list`.");

  const config = loadConfig();
  const db = await createDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
    if (command === "create") {
      const { key, apiKey } = await createApiKey({ prisma: db.prisma, name: values.name!, role: role as ApiKeyRole });
      console.log(`created key ${apiKey.id} "${apiKey.name}" (${apiKey.role}) in ${db.describe}`);
      console.log("store it now, it is not shown again:");
      console.log(key);
    } else if (command === "list") {
      const keys = await listApiKeys({ prisma: db.prisma });
      if (!keys.length) console.log(`no API keys in ${db.describe}`);
      for (const key of keys) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
        const used = key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : "never used";
        console.log(`${key.id}\torch_${key.prefix}_…\t${key.role}\t${key.name}\t${state}\t${used}`);
      }
    } else {
      const key = await revokeApiKey({ prisma: db.prisma, id: Number(rest[0]) });
      if (!key) throw new UsageError(`No API key with ID ${rest[0]}.`);
      console.log(`revoked key ${key.id} "${key.name}" (${key.role}) at ${key.revokedAt!.toISOString()}`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
