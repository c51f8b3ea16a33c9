import { once } from "node:events";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { chunks, copyStatement, type CorpusSink } from "./sink";

/** Waits until a writable takes more (or fails: the caller sees the error it recorded). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
  });
}

/** A PostgreSQL connection for the generator: no statement timeout, COPY through pg-copy-streams. */
export async function openPgSink(databaseUrl: string): Promise<CorpusSink> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("SET statement_timeout = 0");
  const url = new URL(databaseUrl);
  return {
    describe: `PostgreSQL ${url.searchParams.get("host") ?? url.host}${url.pathname}`,
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async exec(sql) {
      await client.query(sql);
    },
    async copy(table, columns, pieces) {
      const stream = client.query(copyFrom(copyStatement(table, columns, "STDIN")));
      // An error of the server (a bad value) ends the stream; it is rethrown where we wait.
      let failure: Error | null = null;
      stream.on("error", (error: Error) => (failure = error));
      for (const chunk of chunks(pieces, 1 << 20)) {
        if (failure) break;
        if (!stream.write(chunk)) await drained(stream);
      }
      if (!failure) {
        stream.end();
        await once(stream, "finish").catch((error: Error) => (failure = error));
      }
      if (failure) throw new Error(`COPY into ${table} failed: ${(failure as Error).message}`);
      return stream.rowCount;
    },
    async close() {
      await client.end();
    },
  };
}
