import Link from "../../_components/Link";
import type { ReactNode } from "react";
import { buildCompareHref, MIN_COMPARED, withSlugRemoved, type CompareState } from "../../../lib/compareUrl";

/** The compared companies' colours: `.c0` … `.c5` in globals.css (each ≥ 3:1 on both themes). */
export const seriesClass = (index: number) => `c${index % 6}`;

/**
 * The sticky strip naming the compared companies, in column order on wide screens and as a
 * wrapped set of chips on phones; each can be removed while at least two remain.
 */
export function CompareHeader({ columns, state }: { columns: ReadonlyArray<{ slug: string; name: string }>; state: CompareState }) {
  const canRemove = columns.length > MIN_COMPARED;
  return (
    <div className="compare-head" role="list" aria-label="Compared companies">
      {columns.map((column, i) => (
        <div role="listitem" key={column.slug} className={`compare-head-item ${seriesClass(i)}`}>
          <Link href={`/companies/${column.slug}`} className="col-title">
            {column.name}
          </Link>
          {canRemove ? (
            <Link className="remove" href={buildCompareHref(withSlugRemoved(state, column.slug))} aria-label={`Remove ${column.name} from the comparison`}>
              ×
            </Link>
          ) : null}
        </div>
      ))}
    </div>
  );
}

/** One column per company on wide screens, stacked cards on phones. */
export function CompareRow({ children }: { children: ReactNode }) {
  return <div className="compare-row">{children}</div>;
}

/** A company's cell in a section; its name shows as the card's heading on phones only. */
export function CompanyCard({ index, name, children }: { index: number; name: string; children: ReactNode }) {
  return (
    <div className={`compare-card ${seriesClass(index)}`}>
      <h3 className="card-company">{name}</h3>
      {children}
    </div>
  );
}
