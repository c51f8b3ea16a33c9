/**
 * PostgreSQL's COPY text format: one line per row, values separated by tabs, `\N` for NULL, and
 * backslash escapes for the characters that would end a value or a row.
 */
export type CopyValue = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function copyValue(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char]) : value;
}

export function copyLine(values: readonly CopyValue[]): string {
  let line = copyValue(values[0]);
  for (let i = 1; i < values.length; i++) line += "\t" + copyValue(values[i]);
  return line + "\n";
}
