import http from "node:http";
import pg from "pg";
import { BENCH_REQUESTS } from "../requests";
import { COMPARE_SQL } from "./compare";
import { COMPANY_SQL, EVENTS_SQL } from "./queries";
import { MODEL_SQL, SEARCH_SQL } from "./model-search";

/**
 * The floor: `pg` + hand-written SQL + node:http. It answers exactly the benchmark's five GraphQL
 * documents (matched by their text) with one prepared statement each, the JSON built by PostgreSQL
 * and written out as it comes. Run as its own process: node dist/floor/server.js <databaseUrl> <port>
 */
type Variables = Record<string, unknown>;
const STATEMENTS: Record<string, { sql: string; params: (variables: Variables) => unknown[] }> = {
  company: { sql: COMPANY_SQL, params: (v) => [v.slug] },
  compare: { sql: COMPARE_SQL, params: (v) => [v.slugs, v.asOf] },
  events: { sql: EVENTS_SQL, params: (v) => [v.first] },
  model: { sql: MODEL_SQL, params: (v) => [v.slug] },
  search: { sql: SEARCH_SQL, params: (v) => [v.query, v.first] },
};
const byDocument = new Map(BENCH_REQUESTS.map((request) => [request.query, { name: request.name, ...STATEMENTS[request.name] }]));
// JSON comes back as text and goes out as is: no parse, no stringify.
const rawText = { getTypeParser: () => (value: string) => value };

function reply(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export function createFloorServer(pool: pg.Pool): http.Server {
  return http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") return reply(res, 200, '{"ok":true}');
    if (req.method !== "POST") return reply(res, 405, '{"errors":[{"message":"POST a GraphQL request"}]}');
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    const answer = async () => {
      let body: { query?: string; variables?: Variables };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
      } catch {
        return reply(res, 400, '{"errors":[{"message":"body is not JSON"}]}');
      }
      const statement = body.query ? byDocument.get(body.query) : undefined;
      if (!statement) return reply(res, 400, '{"errors":[{"message":"the floor answers only the benchmark\'s documents"}]}');
      try {
        const result = await pool.query<{ data: string }>({ name: statement.name, text: statement.sql, values: statement.params(body.variables ?? {}), types: rawText });
        reply(res, 200, `{"data":${result.rows[0].data}}`);
      } catch (error) {
        reply(res, 500, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    };
    // answer() replies on every path, failures included.
    req.on("end", () => void answer());
  });
}

if (require.main === module) {
  const [databaseUrl, port] = process.argv.slice(2);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = createFloorServer(pool);
  server.listen(Number(port), "127.0.0.1");
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
