import { auditServer } from "graphql-http";
import { target } from "./target";

/**
 * graphql-http's GraphQL-over-HTTP conformance audits against the running API. Notices (optional
 * behaviours, such as GET) are listed; failures and warnings are not allowed, nor any 5xx answer.
 */
const { url } = target();

describe("GraphQL over HTTP conformance (graphql-http serverAudits)", () => {
  it("has no failures, no warnings and no 5xx", async () => {
    const results = await auditServer({ url });
    const summary = results.map((result) => ({
      id: result.id,
      name: result.name,
      status: result.status,
      ...(result.status === "ok" ? {} : { reason: result.reason, http: result.response.status }),
    }));
    const problems = summary.filter((result) => result.status === "error" || result.status === "warn");
    const fiveHundreds = results.filter((result) => result.status !== "ok" && result.response.status >= 500);
    console.log(
      `${results.length} audits: ${summary.filter((r) => r.status === "ok").length} ok, ${summary.filter((r) => r.status === "notice").length} notices, ${problems.length} warnings or failures`,
    );
    expect(problems).toEqual([]);
    expect(fiveHundreds).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});
