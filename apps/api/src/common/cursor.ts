import { createHash } from "node:crypto";
import type { SqlParams } from "../db/sql-reader";
import { badUserInput } from "./global-id";

/**
 * Keyset order of a list: every key a non-null SQL expression, all in one direction, the last one
 * unique (an id). A page after a cursor is then one row comparison, `(k1, k2, id) < ($1, $2, $3)`,
 * which an index in the same order answers by seeking, so page 500 costs what page 1 costs.
 */
export interface KeysetOrder {
  keys: Array<{ expr: string; cast: "::date" | "::int" | "::float8" | "::text" }>;
  direction: "ASC" | "DESC";
}

/** Where a cursor points: its position (always) and, from keyset lists, the sort keys of its row. */
export interface CursorPosition {
  offset: number;
  /** Which list and order the keys belong to; keys from another order are ignored. */
  order?: string;
  keys?: string[];
}

/** Text keys longer than this leave the cursor with its offset only (cursors stay short). */
const MAX_KEY_LENGTH = 120;

/** What each cast accepts, so a forged key answers BAD_USER_INPUT instead of reaching the database. */
const KEY_FORMATS: Record<KeysetOrder["keys"][number]["cast"], (key: string) => boolean> = {
  "::date": (key) => key === "infinity" || key === "-infinity" || (/^\d{4}-\d{2}-\d{2}$/.test(key) && new Date(`${key}T00:00:00Z`).toISOString().startsWith(key)),
  "::int": (key) => /^-?\d{1,10}$/.test(key) && Math.abs(Number(key)) <= 2_147_483_647,
  "::float8": (key) => key.trim() !== "" && Number.isFinite(Number(key)),
  "::text": () => true,
};

export function orderSignature(name: string, order: KeysetOrder): string {
  return createHash("sha1")
    .update(`${name}|${order.direction}|${order.keys.map((key) => key.expr).join(",")}`)
    .digest("base64url")
    .slice(0, 8);
}

export function orderBySql(order: KeysetOrder): string {
  return order.keys.map((key) => `${key.expr} ${order.direction}`).join(", ");
}

/** The keys as text columns `__k0…`, so a row carries its own cursor ('-infinity' dates included). */
export function keyColumnsSql(order: KeysetOrder): string {
  return order.keys.map((key, index) => `, (${key.expr})::text AS "__k${index}"`).join("");
}

export function keysOfRow(row: object, order: KeysetOrder): string[] {
  const record = row as Record<string, unknown>;
  return order.keys.map((_, index) => String(record[`__k${index}`]));
}

/** The condition for rows after `position`, or null when it carries no keys of this order. */
export function afterCondition(position: CursorPosition, signature: string, order: KeysetOrder, params: SqlParams): string | null {
  if (position.order !== signature || position.keys?.length !== order.keys.length) return null;
  const keys = position.keys;
  if (!order.keys.every((key, index) => KEY_FORMATS[key.cast](keys[index]))) throw badUserInput("`after` is not a cursor returned by this API", { argument: "after" });
  return rowsAfter(order, keys, params);
}

/** The condition for rows after the row whose sort keys are `keys` (as `keysOfRow` gave them). */
export function rowsAfter(order: KeysetOrder, keys: readonly string[], params: SqlParams): string {
  const values = order.keys.map((key, index) => params.add(keys[index], key.cast));
  return `(${order.keys.map((key) => key.expr).join(", ")}) ${order.direction === "DESC" ? "<" : ">"} (${values.join(", ")})`;
}

export function encodeCursor(position: CursorPosition): string {
  const keys = position.keys && position.keys.every((key) => key.length <= MAX_KEY_LENGTH) ? position.keys : undefined;
  const body = keys ? { o: position.offset, s: position.order, k: keys } : { o: position.offset };
  return Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
}

/** The position a cursor issued by this API points at, or null when it is not one. */
export function decodeCursor(cursor: string): CursorPosition | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const legacy = text.match(/^offset:(\d{1,9})$/);
  if (legacy) return { offset: Number(legacy[1]) };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== "object" || body === null) return null;
  const { o, s, k } = body as Record<string, unknown>;
  if (!Number.isInteger(o) || (o as number) < 0 || (o as number) > 999_999_999) return null;
  if (s === undefined && k === undefined) return { offset: o as number };
  const validKeys = Array.isArray(k) && k.length >= 1 && k.length <= 4 && k.every((key) => typeof key === "string" && key.length <= MAX_KEY_LENGTH && !key.includes("\u0000"));
  if (typeof s !== "string" || !/^[\w-]{8}$/.test(s) || !validKeys) return null;
  return { offset: o as number, order: s, keys: k as string[] };
}
