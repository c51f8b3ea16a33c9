import "reflect-metadata";
import { graphql, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { Arg, Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, buildSchema } from "type-graphql";
import { callResolversDirectly } from "./direct-resolvers";

@ObjectType()
class Widget {
  @Field()
  id!: string;
}

interface Context {
  prefix: string;
  roles: string[];
}

const parentsSeen: unknown[] = [];

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => Widget)
  widget(): Widget {
    return { id: "w1" };
  }

  @FieldResolver(() => String)
  label(@Ctx() context: Context, @Root() widget: Widget, @Arg("suffix", () => String, { nullable: true }) suffix?: string): string {
    parentsSeen.push(widget);
    return `${context.prefix}${widget.id}${suffix ?? ""}`;
  }

  @Authorized("ADMIN")
  @FieldResolver(() => String)
  secret(@Root() widget: Widget): string {
    return `secret of ${widget.id}`;
  }
}

describe("callResolversDirectly", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    const built = await buildSchema({
      resolvers: [WidgetResolver],
      authChecker: ({ context }: { context: Context }, roles) => roles.every((role) => context.roles.includes(role)),
      validate: false,
    });
    schema = callResolversDirectly(built, [WidgetResolver]);
  });

  it("calls the method with its parameters in order and the parent object itself, not a copy", () => {
    const parent = { id: "w7" };
    const resolve = (schema.getType("Widget") as GraphQLObjectType).getFields().label.resolve!;
    parentsSeen.length = 0;
    const context: Context = { prefix: "#", roles: [] };
    expect(resolve(parent, { suffix: "!" }, context, {} as never)).toBe("#w7!");
    expect(parentsSeen[0]).toBe(parent);
  });

  it("answers through graphql as type-graphql's wrapper did", async () => {
    const result = await graphql({ schema, source: `{ widget { id label(suffix: "?") } }`, contextValue: { prefix: ">", roles: [] } });
    expect(result).toEqual({ data: { widget: { id: "w1", label: ">w1?" } } });
  });

  it("keeps type-graphql's wrapper, and its role check, on fields with roles", async () => {
    const denied = await graphql({ schema, source: `{ widget { secret } }`, contextValue: { prefix: "", roles: [] } });
    expect(denied.errors?.[0].message).toMatch(/access denied/i);
    const allowed = await graphql({ schema, source: `{ widget { secret } }`, contextValue: { prefix: "", roles: ["ADMIN"] } });
    expect(allowed.data).toEqual({ widget: { secret: "secret of w1" } });
  });
});
