import http from "node:http";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { jsonPgSmartTags } from "postgraphile/utils";

/**
 * PostGraphile v5 on Orchard's database, as one would deploy it: the amber preset, tables of
 * `public` plus the benchmark's schema `peer`, no watch mode, no GraphiQL, no explain, errors
 * masked. Tables that hold secrets or ingestion internals are left out of the schema.
 * Run as its own process on Node >= 22: node dist/postgraphile/server.js <databaseUrl> <port>
 */
const HIDDEN_TABLES = ["ApiKey", "Webhook", "WebhookDelivery", "EventCandidate", "SourceBand", "SourceRepublication", "SourceFigure", "_prisma_migrations"];

export function postgraphilePreset(databaseUrl: string): GraphileConfig.Preset {
  return {
    extends: [PostGraphileAmberPreset],
    plugins: [
      jsonPgSmartTags({
        version: 1,
        config: {
          class: {
            ...Object.fromEntries(HIDDEN_TABLES.map((table) => [table, { tags: { behavior: "-*" } }])),
            // Prisma makes slugs unique with an index, which PostGraphile does not read as a key.
            Entity: { tags: { unique: "slug" } },
          },
        },
      }),
    ],
    pgServices: [makePgService({ connectionString: databaseUrl, schemas: ["public", "peer"], poolConfig: { max: 10 } })],
    grafserv: { graphiql: false, watch: false, graphqlPath: "/graphql", maxRequestLength: 1_000_000 },
    grafast: { explain: false },
  };
}

async function main() {
  const [databaseUrl, port] = process.argv.slice(2);
  const instance = postgraphile(postgraphilePreset(databaseUrl));
  const serv = instance.createServ(grafserv);
  const server = http.createServer();
  await serv.addTo(server);
  await instance.getSchemaResult(); // build the schema before declaring ready
  server.listen(Number(port), "127.0.0.1");
  const stop = () => {
    server.close();
    void Promise.resolve(instance.release()).then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
