import { getClient, apiUrl } from "../lib/apollo";
import { countryName, modelAccessLabel, modelStatusLabel, plural } from "../lib/format";
import { graphql } from "../src/gql";
import type { CompaniesQuery } from "../src/gql/graphql";

export const dynamic = "force-dynamic";

const CompaniesDocument = graphql(`
  query Companies {
    companies(first: 100) {
      totalCount
      edges {
        node {
          slug
          name
          country
          description
          labs {
            slug
            name
          }
          models {
            slug
            name
            status
            access
          }
        }
      }
    }
  }
`);

type Company = CompaniesQuery["companies"]["edges"][number]["node"];

type LoadResult =
  | { ok: true; totalCount: number; companies: Company[] }
  | { ok: false; message: string };

async function loadCompanies(): Promise<LoadResult> {
  try {
    const { data } = await getClient().query({ query: CompaniesDocument });
    if (!data) return { ok: false, message: "The API returned no data." };
    return {
      ok: true,
      totalCount: data.companies.totalCount,
      companies: data.companies.edges.map((edge) => edge.node),
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export default async function HomePage() {
  const result = await loadCompanies();

  if (!result.ok) {
    return (
      <section>
        <h1>Companies</h1>
        <div className="error" role="alert">
          <strong>Could not load data from the Orchard API.</strong>
          <p>
            Tried <code>{apiUrl()}</code>: {result.message}
          </p>
          <p>Check that the API is running, then reload this page.</p>
        </div>
      </section>
    );
  }

  const { companies, totalCount } = result;

  return (
    <section>
      <h1>Companies</h1>
      <p className="muted">
        {plural(totalCount, "company", "companies")}
        {totalCount > companies.length ? `, showing the first ${companies.length}` : ""}
      </p>
      {companies.length === 0 ? (
        <p>No companies yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Country</th>
              <th scope="col">Labs</th>
              <th scope="col">Models</th>
            </tr>
          </thead>
          <tbody>
            {companies.map((company) => (
              <tr key={company.slug} id={company.slug}>
                <td>
                  <strong>{company.name}</strong>
                  {company.description ? (
                    <div className="muted">{company.description}</div>
                  ) : null}
                </td>
                <td>{countryName(company.country)}</td>
                <td>
                  {company.labs.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="plain">
                      {company.labs.map((lab) => (
                        <li key={lab.slug}>{lab.name}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {company.models.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="plain">
                      {company.models.map((model) => (
                        <li key={model.slug}>
                          {model.name}
                          <span className="tag">{modelStatusLabel(model.status)}</span>
                          <span className="tag">{modelAccessLabel(model.access)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
