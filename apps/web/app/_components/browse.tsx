import Link from "./Link";
import type { ReactNode } from "react";
import { hrefWith, type QueryState } from "../../lib/browse";
import { countOf } from "../../lib/boundedCount";
import { enumLabel } from "../../lib/format";
import type { BoundedCountFieldsFragment } from "../../src/gql/graphql";

/** A browse page: filters (a GET form), the count, sorting, the results, paging and downloads. */
export function BrowseLayout({
  title,
  intro,
  filters,
  count,
  noun,
  children,
  pager,
  downloads,
}: {
  title: string;
  intro: string;
  filters: ReactNode;
  count: BoundedCountFieldsFragment | null;
  noun: [string, string];
  children: ReactNode;
  pager: ReactNode;
  downloads?: ReactNode;
}) {
  return (
    <section>
      <h1>{title}</h1>
      <p className="muted">{intro}</p>
      <div className="browse">
        <aside className="browse-filters" aria-label="Filters">
          {filters}
        </aside>
        <div className="browse-results">
          <div className="browse-bar">
            <p role="status" className="browse-count">
              {count === null ? "—" : countOf(count, noun[0], noun[1])}
            </p>
            {downloads}
          </div>
          {children}
          {pager}
        </div>
      </div>
    </section>
  );
}

export function FilterForm({ action, children }: { action: string; children: ReactNode }) {
  return (
    <form method="get" action={action} className="filters">
      {children}
      <div className="filter-actions">
        <button type="submit">Apply</button>
        <Link href={action}>Reset</Link>
      </div>
    </form>
  );
}

export function SelectField({ name, label, value, options }: { name: string; label: string; value: string | null; options: ReadonlyArray<[string, string]> }) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextField({
  name,
  label,
  value,
  placeholder,
  type = "text",
}: {
  name: string;
  label: string;
  value: string | null;
  placeholder?: string;
  type?: "text" | "date" | "number";
}) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <input
        id={`f-${name}`}
        name={name}
        type={type}
        defaultValue={value ?? ""}
        placeholder={placeholder}
        step={type === "number" ? "0.05" : undefined}
        min={type === "number" ? 0 : undefined}
        max={type === "number" ? 1 : undefined}
      />
    </div>
  );
}

/** Checkboxes for an enum filter: none checked means all. */
export function CheckGroup({ name, legend, values, checked }: { name: string; legend: string; values: readonly string[]; checked: readonly string[] }) {
  return (
    <fieldset className="field checks">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type="checkbox" name={name} value={value} defaultChecked={checked.includes(value)} /> {enumLabel(value)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Long checkbox groups folded under one summary on phones, where they would push every result below
 * the first screen. Open when something in them is chosen; always shown on wide screens (browse.css).
 */
export function FoldedChecks({ summary, chosen, children }: { summary: string; chosen: number; children: ReactNode }) {
  return (
    <details className="folded-checks" open={chosen > 0}>
      <summary>{chosen > 0 ? `${summary} (${chosen} chosen)` : summary}</summary>
      {children}
    </details>
  );
}

export function Pager({ previous, next, pageNumber, first }: { previous: string | null; next: string | null; pageNumber: number; first: string }) {
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label="Pages">
      {pageNumber > 2 ? <Link href={first}>« First</Link> : null}
      {previous ? (
        <Link href={previous} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <span className="muted">Page {pageNumber}</span>
      {next ? (
        <Link href={next} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}

/** The current selection as CSV or NDJSON, through the web server's /export relay. */
export function Downloads({ resource, filters }: { resource: string; filters: QueryState }) {
  return (
    <p className="downloads small">
      Download this selection:{" "}
      <a href={hrefWith(`/export/${resource}.csv`, filters)} download>
        CSV
      </a>{" "}
      ·{" "}
      <a href={hrefWith(`/export/${resource}.ndjson`, filters)} download>
        NDJSON
      </a>
    </p>
  );
}

export const SORT_DIRECTIONS: ReadonlyArray<[string, string]> = [
  ["ASC", "ascending"],
  ["DESC", "descending"],
];
