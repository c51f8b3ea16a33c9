import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLField, type GraphQLInputField, type GraphQLInputType } from "graphql";
import { badUserInput } from "./global-id";

/**
 * Rules every argument value obeys before a resolver (or the database) sees it, checked on the
 * coerced values of the whole operation at once (limits.ts). They are about the shape of a value,
 * never about whether it exists: an unknown but well-formed slug still answers null.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 100;
/** BCP 47 as the API uses it: `en`, `zh-Hant`, `pt-BR`. */
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
/** Keyset cursors carry their row's sort keys (text keys up to 120 characters); nothing longer is read, nor echoed back. */
export const MAX_CURSOR_LENGTH = 1024;
const MAX_ID_LENGTH = 200;
/** Strings with no rule of their own (titles, names, notes…). Document text has its own, larger cap. */
const MAX_STRING_LENGTH = 2_000;
const LONG_TEXT: Record<string, number> = { "IngestDocumentInput.text": 1_000_000, "IngestDocumentInput.url": 4_000 };
/** Trigram search over a long query is work for nothing: no alias is that long. */
const MAX_SEARCH_LENGTH = 200;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EARLIEST_YEAR = 1000;
const LATEST_YEAR = 9999;

/** Argument and input-field names that hold slugs, wherever they appear. */
const SLUG_NAMES = new Set(["slug", "slugs", "entities", "developer", "owner", "parent", "organization"]);

type Rule = (value: string, where: string) => string | null;

const slugRule: Rule = (value, where) =>
  value.length > MAX_SLUG_LENGTH || !SLUG.test(value) ? `${where} must be a slug (lower-case words joined by hyphens, like "scale-ai"); got ${preview(value)}` : null;
const languageRule: Rule = (value, where) => (LANGUAGE.test(value) ? null : `${where} must be a language tag (BCP 47, like "en" or "zh-Hant"); got ${preview(value)}`);

function ruleFor(name: string, parent: string): Rule | null {
  if (SLUG_NAMES.has(name) && parent !== "IngestDocumentInput") return slugRule;
  if (name === "language") return languageRule;
  return null;
}

function maxLength(name: string, parent: string, typeName: string): number {
  if (name === "after" || name === "before") return MAX_CURSOR_LENGTH;
  if (parent === "Query.search" && name === "query") return MAX_SEARCH_LENGTH;
  if (typeName === "ID") return MAX_ID_LENGTH;
  return LONG_TEXT[`${parent}.${name}`] ?? MAX_STRING_LENGTH;
}

/** At most 40 characters of a bad value, quoted: enough to recognize it, never a megabyte echoed back. */
function preview(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function checkString(value: string, options: { where: string; name: string; parent: string; typeName: string }): void {
  const { where } = options;
  const max = maxLength(options.name, options.parent, options.typeName);
  if (value.length > max) throw badUserInput(`${where} is ${value.length} characters long; the most is ${max}.`, { argument: options.name });
  if (value.includes("\u0000")) throw badUserInput(`${where} contains a NUL character (\\u0000).`, { argument: options.name });
  if (LONE_SURROGATE.test(value)) throw badUserInput(`${where} contains a lone UTF-16 surrogate: it is not valid Unicode text.`, { argument: options.name });
  const problem = ruleFor(options.name, options.parent)?.(value, where);
  if (problem) throw badUserInput(problem, { argument: options.name });
}

function checkDate(value: Date, where: string, name: string): void {
  const year = value.getUTCFullYear();
  if (Number.isNaN(year) || year < EARLIEST_YEAR || year > LATEST_YEAR)
    throw badUserInput(`${where} must be a date between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}.`, { argument: name });
}

function checkValue(value: unknown, type: GraphQLInputType, options: { where: string; name: string; parent: string }): void {
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkValue(item, nullable.ofType, { ...options, where: `${options.where}[${index}]` }));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [key, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field: GraphQLInputField | undefined = fields[key];
      if (field) checkValue(fieldValue, field.type, { where: `${options.where}.${key}`, name: key, parent: nullable.name });
    }
    return;
  }
  if (!isScalarType(nullable)) return;
  if (typeof value === "string") checkString(value, { ...options, typeName: nullable.name });
  else if (value instanceof Date) checkDate(value, options.where, options.name);
}

/** Throws BAD_USER_INPUT naming the argument when one of `field`'s coerced arguments breaks a rule. */
export function checkArguments(parentType: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  const coordinate = `${parentType}.${field.name}`;
  for (const argument of field.args) {
    checkValue(args[argument.name], argument.type, { where: `\`${argument.name}\` of ${coordinate}`, name: argument.name, parent: coordinate });
  }
}
