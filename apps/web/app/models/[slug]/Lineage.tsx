import Link from "../../_components/Link";
import { enumLabel } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import type { ModelLineageFieldsFragment } from "../../../src/gql/graphql";
import { CitationBlock } from "../../_components/Citation";
import { Empty } from "../../_components/ui";

export const ModelLineageFields = graphql(`
  fragment ModelLineageFields on AiModel {
    lineage {
      relation
      outgoing
      model {
        slug
        name
      }
      citations {
        ...CitationFields
      }
    }
  }
`);

/** An edge read from this model's side: outgoing DISTILLED_FROM is "Distilled from", the same edge seen from the other model "Distilled into". */
const RELATION_OUT: Record<string, string> = {
  DISTILLED_FROM: "Distilled from",
  BASED_ON: "Based on",
  SUCCESSOR_OF: "Successor of",
  COMPETES_WITH: "Competes with",
};
const RELATION_IN: Record<string, string> = {
  DISTILLED_FROM: "Distilled into",
  BASED_ON: "Basis of",
  SUCCESSOR_OF: "Succeeded by",
  COMPETES_WITH: "Competes with",
};

/** Models this one comes from, leads to or competes with, each edge with its sources. */
export function Lineage({ model }: { model: ModelLineageFieldsFragment }) {
  return (
    <section aria-labelledby="lineage">
      <h2 id="lineage">Lineage</h2>
      {model.lineage.length === 0 ? (
        <Empty>No lineage recorded.</Empty>
      ) : (
        <ul className="plain">
          {model.lineage.map((edge, i) => (
            <li key={i} className="card">
              {(edge.outgoing ? RELATION_OUT : RELATION_IN)[edge.relation] ?? enumLabel(edge.relation)}{" "}
              <Link href={`/models/${edge.model.slug}`}>
                <strong>{edge.model.name}</strong>
              </Link>
              {edge.citations.length > 0 ? (
                <details>
                  <summary>
                    {edge.citations.length} {edge.citations.length === 1 ? "source" : "sources"}
                  </summary>
                  {edge.citations.map((c, j) => (
                    <CitationBlock key={j} citation={c} />
                  ))}
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
