import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { fromGlobalId } from "../../common/global-id";
import type { SourceNode } from "../../common/nodes";
import { ConnectionArgs, toPage } from "../../common/pagination";
import { listSources } from "./source.service";
import { toCitation } from "../event/event.resolver";
import { CitationType } from "../event/event.type";
import { OrganizationInterface } from "../organization/organization.type";
import { SourceConnection, SourceFilter, SourceOrder, SourceType } from "./source.type";

@ArgsType()
class SourceConnectionArgs extends ConnectionArgs {
  @Field(() => SourceFilter, { nullable: true })
  filter?: SourceFilter | null;

  @Field(() => SourceOrder, { nullable: true, description: "Default: published date, newest first." })
  orderBy?: SourceOrder | null;
}

@Resolver(() => SourceType)
export class SourceResolver {
  @Query(() => SourceType, { nullable: true, description: "A source by its global ID; null when there is none." })
  async source(@Arg("id", () => ID) id: string, @Ctx() { loaders }: RequestContext) {
    const decoded = fromGlobalId(id);
    return decoded?.type === "Source" ? loaders.source.load(decoded.localId) : null;
  }

  @Query(() => SourceConnection)
  sources(@Args() args: SourceConnectionArgs, @Ctx() { reader }: RequestContext) {
    return listSources({ reader, filter: args.filter, orderBy: args.orderBy, page: toPage(args) });
  }

  @FieldResolver(() => String, { description: "Article text with boilerplate and adverts stripped, NFKC-normalized." })
  async text(@Root() source: SourceNode, @Ctx() { loaders }: RequestContext): Promise<string> {
    // Loaded only when asked for: a source's text is most of its bytes.
    return source.text ?? (await loaders.sourceText.load(source.sourceId))?.text ?? "";
  }

  @FieldResolver(() => [CitationType], { description: "Passages of this source that events cite, in text order." })
  async citations(@Root() source: SourceNode, @Ctx() { loaders }: RequestContext): Promise<CitationType[]> {
    return (await loaders.eventCitationsBySource.load(source.sourceId)).map(toCitation);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The outlet that published it, when known." })
  publisher(@Root() source: SourceNode, @Ctx() { loaders }: RequestContext) {
    return source.publisherId == null ? null : loaders.entity.load(source.publisherId);
  }
}
