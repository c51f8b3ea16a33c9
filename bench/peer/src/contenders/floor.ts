import path from "node:path";
import { freePort } from "../postgres";
import { nodeBinary, startServer, type ServerProcess } from "./process";

/** The hand-written floor (dist/floor/server.js), on the same Node as Orchard. */
export async function startFloor(options: { databaseUrl: string; node: "20" | "22" | "24" | "project"; pathEnv: string | undefined }): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    name: "floor",
    command: nodeBinary(options.node),
    args: [path.join(__dirname, "..", "..", "dist", "floor", "server.js"), options.databaseUrl, String(port)],
    cwd: path.join(__dirname, "..", ".."),
    env: { PATH: options.pathEnv, NODE_ENV: "production" },
    url: `http://127.0.0.1:${port}/graphql`,
    readyUrl: `http://127.0.0.1:${port}/healthz`,
  });
}
