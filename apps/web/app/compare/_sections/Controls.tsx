import Link from "../../_components/Link";
import { graphql } from "../../../src/gql";
import { buildCompareHref, MAX_COMPARED, todayIso, withAsOf, type CompareState } from "../../../lib/compareUrl";

export const CompanyChoicesDocument = graphql(`
  query CompanyChoices {
    companies(first: 100, filter: { reported: true }) {
      edges {
        node {
          slug
          name
        }
      }
    }
  }
`);

function HiddenSlugs({ slugs }: { slugs: readonly string[] }) {
  return (
    <>
      {slugs.map((slug) => (
        <input key={slug} type="hidden" name="c" value={slug} />
      ))}
    </>
  );
}

/** Plain GET forms: they work without JavaScript and keep everything in the URL. */
export function Controls({ state, choices }: { state: CompareState; choices: ReadonlyArray<{ slug: string; name: string }> }) {
  const addable = choices.filter((c) => !state.slugs.includes(c.slug));
  return (
    <div className="controls">
      <form method="get" action="/compare" className="inline-form">
        <HiddenSlugs slugs={state.slugs} />
        <label htmlFor="asOf">As of</label>
        <input id="asOf" type="date" name="asOf" defaultValue={state.asOf ?? ""} max={todayIso()} />
        <button type="submit">Show</button>
        {state.asOf ? <Link href={buildCompareHref(withAsOf(state, null))}>Today</Link> : null}
      </form>
      {state.slugs.length < MAX_COMPARED ? (
        <form method="get" action="/compare" className="inline-form">
          <HiddenSlugs slugs={state.slugs} />
          {state.asOf ? <input type="hidden" name="asOf" value={state.asOf} /> : null}
          <label htmlFor="add-company">Add a company</label>
          {addable.length > 0 ? (
            <select id="add-company" name="c" defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {addable.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          ) : (
            <input id="add-company" name="c" placeholder="slug, e.g. anthropic" pattern="[a-z0-9-]+" />
          )}
          <button type="submit">Add</button>
        </form>
      ) : (
        <p className="muted small">At most {MAX_COMPARED} companies at a time.</p>
      )}
    </div>
  );
}
