/** node-postgres' own conversion of a query parameter to the text it sends (arrays as array literals, dates with their offset). */
declare module "pg/lib/utils" {
  export function prepareValue(value: unknown): string | Buffer | null;
}
