import type { Metadata } from "next";
import { Suspense } from "react";
import { ApiUnavailableError, runQuery } from "../../lib/api";
import { isCapexGuidance } from "../../lib/compare/capexSeries";
import { isEventFamily, type EventFamily } from "../../lib/compare/eventGroups";
import { MAX_COMPARED, MIN_COMPARED, paramValue, parseCompareParams, type CompareState } from "../../lib/compareUrl";
import { formatIsoDate } from "../../lib/format";
import { graphql } from "../../src/gql";
import { AsOfBanner, ErrorNotice } from "../_components/ui";
import { ReportedUpTo } from "../_components/CiteThis";
import { CapexChart } from "./_sections/CapexChart";
import { CompanyChoicesDocument, Controls } from "./_sections/Controls";
import { EventTypes } from "./_sections/EventTypes";
import { KeyPeople } from "./_sections/KeyPeople";
import { CompareHeader } from "./_sections/layout";
import { ModelsAndLabs } from "./_sections/ModelsAndLabs";
import { MoneyFigures } from "./_sections/MoneyFigures";
import { TalentFlow } from "./_sections/TalentFlow";
import { TimelineFallback, TimelineSection } from "./_sections/TimelineSection";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Compare companies · Orchard",
  description: "AI companies side by side: models, leadership, capex guidance, money, events and talent moving between them.",
};

/** The page's one comparison query: each section brings its own fragment. */
const CompareDocument = graphql(`
  query Compare($slugs: [String!]!, $asOf: Date) {
    compare(slugs: $slugs, asOf: $asOf) {
      asOf
      knownAsOf
      companies {
        slug
        name
        ...CompareModelsFields
        ...CompareKeyPeopleFields
        ...CompareCapexFields
        ...CompareMoneyFields
        ...CompareEventCountsFields
      }
      ...CompareTalentFlowFields
    }
  }
`);

/** Run the comparison, dropping slugs the API does not know (with a notice) instead of failing. */
async function loadComparison(state: CompareState) {
  let slugs = [...state.slugs];
  const dropped: string[] = [];
  for (let attempt = 0; attempt <= MAX_COMPARED; attempt++) {
    if (slugs.length === 0) return { ok: false as const, message: "None of the requested companies is known.", dropped };
    const outcome = await runQuery(CompareDocument, { slugs, asOf: state.asOf });
    if (outcome.ok) return { ok: true as const, data: outcome.data, slugs, dropped };
    const bad = outcome.extensions.slug;
    if (outcome.code === "BAD_USER_INPUT" && typeof bad === "string" && slugs.includes(bad)) {
      dropped.push(bad);
      slugs = slugs.filter((s) => s !== bad);
      continue;
    }
    if (outcome.code === "NETWORK") throw new ApiUnavailableError(outcome.message);
    return { ok: false as const, message: outcome.message, dropped };
  }
  return { ok: false as const, message: "Could not resolve the requested companies.", dropped };
}

export default async function ComparePage(props: PageProps<"/compare">) {
  const params = await props.searchParams;
  const parsed = parseCompareParams(params);
  const tl = paramValue(params.tl);
  const family = isEventFamily(tl) ? tl : null;
  const [result, choiceResult] = await Promise.all([loadComparison(parsed), runQuery(CompanyChoicesDocument, {})]);
  const notices = [...parsed.notices];
  for (const slug of result.dropped) notices.push(`“${slug}” is not a known company and was left out.`);
  if (result.ok && result.slugs.length < MIN_COMPARED) notices.push("Add at least one more company to compare.");
  const state: CompareState = { slugs: result.ok ? result.slugs : parsed.slugs, asOf: parsed.asOf };
  const choices = choiceResult.ok ? choiceResult.data.companies.edges.map((e) => e.node) : [];

  return (
    <section>
      <h1>Compare companies</h1>
      <p className="muted">{`Side by side, as reported ${parsed.asOf ? `by ${formatIsoDate(parsed.asOf)}` : "to date"}. Every number links to the passage it comes from.`}</p>
      <Controls state={state} choices={choices} />
      {notices.length > 0 ? (
        <ul className="notice notice-warn" role="status">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <AsOfBanner asOf={parsed.asOf} />
      {result.ok ? <Comparison data={result.data} state={state} family={family} /> : <ErrorNotice title="Could not load the comparison." message={result.message} />}
    </section>
  );
}

type CompareData = Extract<Awaited<ReturnType<typeof loadComparison>>, { ok: true }>["data"];

function Comparison({ data, state, family }: { data: CompareData; state: CompareState; family: EventFamily | null }) {
  const columns = data.compare.companies;
  const extraCapex = new Map(columns.map((c) => [c.slug, c.moneyFigures.filter((f) => isCapexGuidance(f.metric) && f.metric !== "capex_guidance")]));
  const scopes = columns.map((c) => ({ slug: c.slug, name: c.name, entities: [c.slug, ...c.labs.map((l) => l.slug), ...c.models.map((m) => m.model.slug)] }));
  return (
    <div className="compare" style={{ ["--n" as string]: columns.length }}>
      <ReportedUpTo date={data.compare.knownAsOf ?? null} />
      <CompareHeader columns={columns} state={state} />
      <ModelsAndLabs columns={columns} />
      <KeyPeople columns={columns} />
      <CapexChart columns={columns} extraFigures={extraCapex} />
      <MoneyFigures columns={columns} />
      <EventTypes columns={columns} />
      <TalentFlow moves={data.compare.talentFlows} columns={columns} />
      {/*
        The one streamed section, and the last: with scripts off its HTML arrives after the page and
        still reads in place. The fallback reserves the chart's height, so nothing shifts.
      */}
      <Suspense fallback={<TimelineFallback lanes={columns.length} />}>
        <TimelineSection scopes={scopes} state={state} family={family} />
      </Suspense>
    </div>
  );
}
