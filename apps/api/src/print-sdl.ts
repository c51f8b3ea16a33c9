import { lexicographicSortSchema, printSchema } from "graphql";
import { getSchema } from "./schema";

export const SDL_HEADER = "# Orchard's public GraphQL contract, printed from apps/api (npm run schema:print). Do not edit by hand.\n\n";

/** The SDL, sorted so that the committed file diffs cleanly. */
export async function printSchemaSdl(): Promise<string> {
  return SDL_HEADER + printSchema(lexicographicSortSchema(await getSchema())) + "\n";
}
