import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { ApiKey } from "../../db/prisma";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/global-id";
import { ApiKeyRole, createApiKey, listApiKeys, revokeApiKey } from "./auth.service";
import { ApiKeyType, CreateApiKeyInput, CreatedApiKeyType, ViewerType } from "./auth.type";

const toApiKeyType = (row: ApiKey): ApiKeyType => ({
  id: String(row.id),
  name: row.name,
  role: row.role,
  prefix: row.prefix,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
});

function parseKeyId(id: string): number {
  if (!/^\d{1,9}$/.test(id)) throw badUserInput(`Not an API key ID: "${id}"`, { argument: "id" });
  return Number(id);
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { description: "The role and key name the request is made with (both null when anonymous)." })
  viewer(@Ctx() { viewer }: RequestContext): ViewerType {
    return { role: viewer?.role ?? null, keyName: viewer?.keyName ?? null };
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Query(() => [ApiKeyType], { description: "Every API key, revoked ones included (admin)." })
  async apiKeys(@Ctx() { prisma }: RequestContext): Promise<ApiKeyType[]> {
    return (await listApiKeys({ prisma })).map(toApiKeyType);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => CreatedApiKeyType, { description: "Creates a key and returns it once (admin)." })
  async createApiKey(@Arg("input") input: CreateApiKeyInput, @Ctx() { prisma, logger }: RequestContext): Promise<CreatedApiKeyType> {
    const { key, apiKey } = await createApiKey({ prisma, name: input.name, role: input.role });
    logger.info({ apiKeyId: apiKey.id, role: apiKey.role, prefix: apiKey.prefix }, "api key created");
    return { key, apiKey: toApiKeyType(apiKey) };
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => ApiKeyType, { description: "Revokes a key; it stops working with the next request (admin)." })
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() { prisma, logger }: RequestContext): Promise<ApiKeyType> {
    const row = await revokeApiKey({ prisma, id: parseKeyId(id) });
    if (!row) throw badUserInput(`No API key with ID ${id}`, { argument: "id" });
    logger.info({ apiKeyId: row.id }, "api key revoked");
    return toApiKeyType(row);
  }
}
