import Link from "../../_components/Link";
import { formatFigure, formatIsoDate, modelAccessLabel } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import type { CompareModelsFieldsFragment } from "../../../src/gql/graphql";
import { Empty, FigureValue, StatusTag, Tag, When } from "../../_components/ui";
import { CompanyCard, CompareRow } from "./layout";

export const CompareModelsFields = graphql(`
  fragment CompareModelsFields on CompanyComparison {
    slug
    name
    modelCount
    labs {
      slug
      name
    }
    models {
      status
      access
      model {
        slug
        name
        kind
      }
      releasedOn {
        text
        start
        precision
      }
      expectedRelease {
        kind
        metric
        text
        date {
          text
          start
          precision
        }
        event {
          id
          firstReportedOn
        }
        citations {
          quoteStart
          source {
            id
            language
          }
        }
      }
    }
  }
`);

type Column = CompareModelsFieldsFragment;
type ComparedModel = Column["models"][number];

/** Models (products folded away), status, access and release, then labs: one card per company. */
export function ModelsAndLabs({ columns }: { columns: readonly Column[] }) {
  return (
    <section aria-labelledby="cmp-models" className="compare-section">
      <h2 id="cmp-models">Models and labs</h2>
      <CompareRow>
        {columns.map((column, i) => (
          <CompanyCard key={column.slug} index={i} name={column.name}>
            <Models models={column.models} total={column.modelCount} owner={column.slug} />
            <h4 className="card-sub">Labs</h4>
            {column.labs.length === 0 ? (
              <Empty>No labs recorded.</Empty>
            ) : (
              <ul className="plain inline-list">
                {column.labs.map((lab) => (
                  <li key={lab.slug}>
                    <Link href={`/labs/${lab.slug}`}>{lab.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </CompanyCard>
        ))}
      </CompareRow>
    </section>
  );
}

/** Whether the sources report anything about a model beyond its name (registry entries are names only). */
const reported = (m: ComparedModel) => m.status !== "UNKNOWN" || m.access !== "UNKNOWN" || m.releasedOn != null || m.expectedRelease != null;

/**
 * Models the sources report on, listed; products (apps, assistants) and models known by name only
 * counted and linked to the models page, to keep the page light and about what was reported.
 */
function Models({ models: all, total, owner }: { models: readonly ComparedModel[]; total: number; owner: string }) {
  const models = all.filter((m) => m.model.kind !== "PRODUCT" && reported(m));
  const products = all.filter((m) => m.model.kind === "PRODUCT").length;
  const nameOnly = total - models.length - products;
  return (
    <>
      {models.length > 0 ? <ModelList items={models} /> : <Empty>No model reported on.</Empty>}
      {products > 0 || nameOnly > 0 ? (
        <p className="small">
          {nameOnly > 0 ? <Link href={`/models?organization=${owner}`}>{`${nameOnly} more ${nameOnly === 1 ? "model" : "models"} known by name →`}</Link> : null}
          {products > 0 && nameOnly > 0 ? " · " : null}
          {products > 0 ? <Link href={`/models?organization=${owner}&kind=PRODUCT`}>{`${products} ${products === 1 ? "product" : "products"} →`}</Link> : null}
        </p>
      ) : null}
    </>
  );
}

function ModelList({ items }: { items: readonly ComparedModel[] }) {
  return (
    <ul className="plain models">
      {items.map((m) => (
        <li key={m.model.slug}>
          <Link href={`/models/${m.model.slug}`}>{m.model.name}</Link> <StatusTag status={m.status} />
          <Tag tone={m.access === "OPEN_WEIGHTS" ? "good" : undefined}>{modelAccessLabel(m.access)}</Tag>
          <Release model={m} />
        </li>
      ))}
    </ul>
  );
}

function Release({ model: m }: { model: ComparedModel }) {
  if (m.releasedOn) {
    return (
      <div className="small">
        Released <When date={m.releasedOn} />
      </div>
    );
  }
  if (m.status === "SHELVED") return <div className="small muted">Shelved: no release expected</div>;
  if (!m.expectedRelease) return <div className="small muted">No release date reported</div>;
  const asWritten = formatFigure(m.expectedRelease) !== m.expectedRelease.text;
  return (
    <div className="small">
      Expected <FigureValue figure={m.expectedRelease} />
      {asWritten ? (
        <span className="muted">
          {" "}
          (“<span lang={m.expectedRelease.citations[0]?.source.language}>{m.expectedRelease.text}</span>”)
        </span>
      ) : null}
      <span className="muted small">{` as reported ${formatIsoDate(m.expectedRelease.event.firstReportedOn)}`}</span>
    </div>
  );
}
