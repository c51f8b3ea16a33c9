/**
 * Where the corpus goes: one connection and one transaction (PostgreSQL through COPY FROM STDIN, or
 * an in-process PGlite through COPY FROM its /dev/blob device), so a generation that fails or is
 * interrupted leaves nothing behind.
 */
export interface CorpusSink {
  /** "PostgreSQL …" or "PGlite …", for messages. */
  describe: string;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements separated by semicolons, no parameters. */
  exec(sql: string): Promise<void>;
  /**
   * COPY rows into a table from pieces of COPY's text format (whole lines, see copy-format.ts, or
   * any cut of them); returns the rows the database counted. Pieces are pulled as the database
   * takes them, so memory stays flat.
   */
  copy(table: string, columns: readonly string[], pieces: Iterable<string>): Promise<number>;
  close(): Promise<void>;
}

/** `COPY "Table" ("a", "b") FROM …` */
export function copyStatement(table: string, columns: readonly string[], from: string): string {
  return `COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM ${from}`;
}

/** Pieces joined into chunks of at least `size` characters (the last may be shorter). */
export function* chunks(pieces: Iterable<string>, size: number): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join("");
}
