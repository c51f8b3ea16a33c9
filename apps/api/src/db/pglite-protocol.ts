import type { IsolationLevel, SqlQuery } from "@prisma/driver-adapter-utils";

/** Messages from the API's thread to the PGlite worker; `tx` names an open transaction. */
export type WorkerRequest = { id: number } & (
  | { op: "queryRaw" | "executeRaw"; query: SqlQuery; tx?: number }
  /** `textOids`: columns of these types come back as text, for the caller's own parsers. */
  | { op: "query"; sql: string; params: unknown[]; textOids: number[] }
  | { op: "exec"; sql: string }
  | { op: "begin"; tx: number; isolationLevel?: IsolationLevel }
  | { op: "commit" | "rollback"; tx: number }
  | { op: "close" }
);

/** The answer to request `id`; id 0 reports that the database is open (or could not be). */
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string; cause?: unknown } };
