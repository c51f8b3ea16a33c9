import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { DateResolver } from "graphql-scalars";
import { AS_OF_ARGUMENT, asOfDay } from "../../common/as-of";
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
  @Query(() => SourceType, { nullable: true, description: "A source by its global ID; null when there is none (or none public by `asOf`)." })
  async source(@Arg("id", () => ID) id: string, @Arg("asOf", () => DateResolver, AS_OF_ARGUMENT) asOf: Date | null, @Ctx() { loaders }: RequestContext) {
    const decoded = fromGlobalId(id);
    return decoded?.type === "Source" ? loaders.at(asOfDay(asOf)).source.load(decoded.localId) : null;
  }

  @Query(() => SourceConnection)
  sources(@Args() args: SourceConnectionArgs, @Ctx() { reader }: RequestContext) {
    const { filter, orderBy } = args;
    return listSources({ reader, filter, orderBy, page: toPage(args), asOf: asOfDay(filter?.asOf) });
  }

  @FieldResolver(() => String, { description: "Article text with boilerplate and adverts stripped, NFKC-normalized." })
  async text(@Root() source: SourceNode, @Ctx() { loaders }: RequestContext): Promise<string> {
    // Loaded only when asked for: a source's text is most of its bytes.
    return source.text ?? (await loaders.sourceText.load(source.sourceId))?.text ?? "";
  }

  @FieldResolver(() => [CitationType], { description: "Passages of this source that events cite, in text order." })
  async citations(@Root() source: SourceNode, @Ctx() { loaders }: RequestContext): Promise<CitationType[]> {
    return (await loaders.at(source.asOf).eventCitationsBySource.load(source.sourceId)).map((row) => toCitation(row, source.asOf));
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: "The outlet that published it, when known." })
  publisher(@Root() source: SourceNode, @Ctx() { loaders }: RequestContext) {
    return source.publisherId == null ? null : loaders.at(source.asOf).entity.load(source.publisherId);
  }
}
