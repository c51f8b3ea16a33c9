import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { chunks, copyStatement, type CorpusSink } from "./sink";

/**
 * An in-process PGlite opened on a data directory (the index test's small corpus): COPY reads each
 * chunk of rows from PGlite's /dev/blob device. The directory must not be open elsewhere.
 */
export async function openPgliteSink(dataDir: string): Promise<CorpusSink> {
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  return {
    describe: `PGlite ${dataDir}`,
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
    async copy(table, columns, pieces) {
      let rows = 0;
      // Each COPY takes whole lines: a chunk ends at its last newline, the rest starts the next one.
      let carry = "";
      const copyText = async (text: string) => {
        const result = await db.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([text]) });
        rows += result.affectedRows ?? 0;
      };
      for (const chunk of chunks(pieces, 16 << 20)) {
        const text = carry + chunk;
        const end = text.lastIndexOf("\n") + 1;
        carry = text.slice(end);
        if (end > 0) await copyText(text.slice(0, end));
      }
      if (carry) await copyText(carry);
      return rows;
    },
    async close() {
      await db.close();
    },
  };
}
