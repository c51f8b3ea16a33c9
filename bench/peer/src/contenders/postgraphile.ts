import path from "node:path";
import { freePort } from "../postgres";
import { nodeBinary, startServer, type ServerProcess } from "./process";

/** PostGraphile v5 (needs Node >= 22): our preset in dist/postgraphile/server.js, production mode. */
export async function startPostGraphile(options: { databaseUrl: string; node: "22" | "24"; pathEnv: string | undefined }): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    name: "PostGraphile",
    command: nodeBinary(options.node),
    args: [path.join(__dirname, "..", "..", "dist", "postgraphile", "server.js"), options.databaseUrl, String(port)],
    cwd: path.join(__dirname, "..", ".."),
    env: { PATH: options.pathEnv, NODE_ENV: "production" },
    url: `http://127.0.0.1:${port}/graphql`,
    readyUrl: `http://127.0.0.1:${port}/graphql`,
    readyBody: JSON.stringify({ query: "{ __typename }" }),
  });
}
