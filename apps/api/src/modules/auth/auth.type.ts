import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ApiKeyRole } from "./auth.service";

registerEnumType(ApiKeyRole, {
  name: "ApiKeyRole",
  description: "READER reads; ANALYST edits knowledge; INGEST pushes documents; ADMIN manages keys and webhooks and may do everything.",
});

@ObjectType("ApiKey", { description: "An API key's metadata; the secret itself is shown once, when the key is created." })
export class ApiKeyType {
  @Field(() => ID, { description: "Numeric ID, as taken by `revokeApiKey` and `npm run keys -- revoke <id>`." })
  id: string;

  @Field()
  name: string;

  @Field(() => ApiKeyRole)
  role: ApiKeyRole;

  @Field({ description: "The public part of the key (`orch_<prefix>_…`), to recognise it." })
  prefix: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "Last request made with the key (to the minute)." })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Set once the key is revoked; it then stops working at once." })
  revokedAt: Date | null;
}

@ObjectType("CreatedApiKey")
export class CreatedApiKeyType {
  @Field({ description: "The key to send as `Authorization: Bearer <key>`. Shown only this once: store it now." })
  key: string;

  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: "What the key is for, e.g. the partner or notebook using it (1–100 characters)." })
  name: string;

  @Field(() => ApiKeyRole)
  role: ApiKeyRole;
}

@ObjectType("Viewer", { description: "Who the request is made as." })
export class ViewerType {
  @Field(() => ApiKeyRole, { nullable: true, description: "Null for anonymous requests." })
  role: ApiKeyRole | null;

  @Field(() => String, { nullable: true, description: "Name of the API key used; null for anonymous requests." })
  keyName: string | null;
}
