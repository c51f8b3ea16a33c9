import Link from "../../_components/Link";
import { enumLabel, formatIsoDate } from "../../../lib/format";
import { graphql } from "../../../src/gql";
import type { ModelFactsFieldsFragment } from "../../../src/gql/graphql";
import { EntityLink, FigureValue, When } from "../../_components/ui";

export const ModelFactsFields = graphql(`
  fragment ModelFactsFields on AiModel {
    status
    modality
    family {
      slug
      name
    }
    developer {
      __typename
      slug
      name
    }
    owner {
      __typename
      slug
      name
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
      effectiveOn {
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
`);

/** The model's key facts: modality, family, who develops and owns it, and its release (or the latest expected one). */
export function ModelFacts({ model }: { model: ModelFactsFieldsFragment }) {
  return (
    <dl className="facts">
      <dt>Modality</dt>
      <dd>{enumLabel(model.modality)}</dd>
      {model.family ? (
        <>
          <dt>Family</dt>
          <dd>
            <Link href={`/models/${model.family.slug}`}>{model.family.name}</Link>
          </dd>
        </>
      ) : null}
      <dt>Developer</dt>
      <dd>{model.developer ? <EntityLink entity={model.developer} /> : "—"}</dd>
      <dt>Owner</dt>
      <dd>{model.owner ? <EntityLink entity={model.owner} /> : "—"}</dd>
      <dt>{model.releasedOn ? "Released" : "Expected release"}</dt>
      <dd>
        <Release model={model} />
      </dd>
    </dl>
  );
}

function Release({ model }: { model: ModelFactsFieldsFragment }) {
  if (model.releasedOn) return <When date={model.releasedOn} />;
  if (model.expectedRelease) {
    return (
      <>
        <FigureValue figure={model.expectedRelease} />{" "}
        <span className="muted small">
          (“<span lang={model.expectedRelease.citations[0]?.source.language}>{model.expectedRelease.text}</span>”, reported{" "}
          {formatIsoDate(model.expectedRelease.event.firstReportedOn)})
        </span>
      </>
    );
  }
  return model.status === "SHELVED" ? "None: shelved" : "Not reported";
}
