import type { Metadata } from "next";
import { dateParam, enumListParam, listParam, oneOfParam, pagingFrom, PAGE_SIZE, textParam } from "../../lib/browse";
import { EVENT_FAMILIES } from "../../lib/compare/eventGroups";
import { runQuery } from "../../lib/api";
import { graphql } from "../../src/gql";
import type { EventOrderField, EventStatus, EventType } from "../../src/gql/graphql";
import { BrowseLayout, CheckGroup, Downloads, FilterForm, FoldedChecks, SelectField, TextField } from "../_components/browse";
import { EventResults } from "../_components/EventBrowser";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events · Orchard", description: "Every reported event: releases, delays, hires, departures, deals, capex guidance…" };

const TYPES = Object.values(EVENT_FAMILIES).flatMap((f) => [...f.types]) as EventType[];
const STATUSES: EventStatus[] = ["REPORTED", "CONFIRMED", "DISPUTED", "DENIED", "RETRACTED"];
const SORTS: EventOrderField[] = ["OCCURRED_ON", "FIRST_REPORTED_ON", "CONFIDENCE"];

const CompanyScopeDocument = graphql(`
  query CompanyScope($slug: String!) {
    company(slug: $slug) {
      slug
      name
      labs {
        slug
      }
      models {
        slug
      }
    }
  }
`);

/** `scope=meta`: the company's own events and those of its labs and models (as the compare page counts them). */
async function scopeEntities(slug: string | null): Promise<{ name: string; entities: string[] } | null> {
  if (!slug) return null;
  const result = await runQuery(CompanyScopeDocument, { slug });
  const company = result.ok ? result.data.company : null;
  return company ? { name: company.name, entities: [company.slug, ...company.labs.map((l) => l.slug), ...company.models.map((m) => m.slug)] } : null;
}

export default async function EventsPage(props: PageProps<"/events">) {
  const params = await props.searchParams;
  const types = enumListParam(params, "types", TYPES);
  const status = enumListParam(params, "status", STATUSES);
  const scopeSlug = textParam(params, "scope", 80);
  const scope = await scopeEntities(scopeSlug);
  const entities = [...listParam(params, "entities"), ...(scope?.entities ?? [])].slice(0, 100);
  const from = dateParam(params, "from");
  const to = dateParam(params, "to");
  const asOf = dateParam(params, "asOf");
  const language = textParam(params, "language", 20);
  const minConfidenceRaw = Number(textParam(params, "minConfidence", 5));
  const minConfidence = Number.isFinite(minConfidenceRaw) && minConfidenceRaw > 0 && minConfidenceRaw <= 1 ? minConfidenceRaw : null;
  const sort = oneOfParam(params, "sort", SORTS, "OCCURRED_ON");
  const direction = oneOfParam(params, "dir", ["ASC", "DESC"] as const, "DESC");
  const paging = pagingFrom(params);
  const filters = {
    types,
    status,
    entities: listParam(params, "entities").join(",") || null,
    scope: scope ? scopeSlug : null,
    from,
    to,
    asOf,
    language,
    minConfidence: minConfidence === null ? null : String(minConfidence),
    sort: sort === "OCCURRED_ON" ? null : sort,
    dir: direction === "DESC" ? null : direction,
  };
  const exportFilters = {
    types: types.join(",") || null,
    status: status.join(",") || null,
    entities: entities.join(",") || null,
    from,
    to,
    asOf,
    language,
    minConfidence: filters.minConfidence,
  };
  const { count, body, pager } = await EventResults({
    path: "/events",
    filter: { types: types.length ? types : null, status: status.length ? status : null, entities: entities.length ? entities : null, from, to, asOf, language, minConfidence },
    orderBy: { field: sort, direction },
    filters,
    paging,
    pageSize: PAGE_SIZE,
    empty: "No event matches these filters.",
  });

  return (
    <BrowseLayout
      title="Events"
      intro={
        scope
          ? `Events of ${scope.name}, its labs and its models. Dates are when it happened, as precisely as the sources say.`
          : "Everything reported, each with its sources. Dates are when it happened, as precisely as the sources say."
      }
      count={count}
      noun={["event", "events"]}
      filters={
        <FilterForm action="/events">
          {scope ? <input type="hidden" name="scope" value={scopeSlug ?? ""} /> : null}
          <FoldedChecks summary="Types and status" chosen={types.length + status.length}>
            {Object.entries(EVENT_FAMILIES).map(([key, family]) => (
              <CheckGroup key={key} name="types" legend={family.label} values={family.types} checked={types} />
            ))}
            <CheckGroup name="status" legend="Status" values={STATUSES} checked={status} />
          </FoldedChecks>
          <TextField name="from" label="From" type="date" value={from} />
          <TextField name="to" label="To" type="date" value={to} />
          <TextField name="asOf" label="As reported by" type="date" value={asOf} />
          <TextField name="language" label="Source language" value={language} placeholder="it, zh-Hant, id…" />
          <TextField name="entities" label="Involving (slugs)" value={filters.entities} placeholder="meta,openai" />
          <TextField name="minConfidence" label="Minimum confidence (0–1)" type="number" value={filters.minConfidence} />
          <SelectField
            name="sort"
            label="Sort by"
            value={sort}
            options={[
              ["OCCURRED_ON", "Date it happened"],
              ["FIRST_REPORTED_ON", "Date first reported"],
              ["CONFIDENCE", "Confidence"],
            ]}
          />
          <SelectField
            name="dir"
            label="Order"
            value={direction}
            options={[
              ["DESC", "Newest / highest first"],
              ["ASC", "Oldest / lowest first"],
            ]}
          />
        </FilterForm>
      }
      downloads={<Downloads resource="events" filters={exportFilters} />}
      pager={pager}
    >
      {body}
    </BrowseLayout>
  );
}
