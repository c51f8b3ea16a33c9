import fc from "fast-check";
import { toEntityNode, type EntityNode } from "../../common/nodes";
import type { CompareRole } from "./compare.queries";
import { deriveMoves } from "./talent-flow";

const company = (id: number, slug: string) =>
  toEntityNode({ id, slug, name: slug, description: null, organization: { kind: "COMPANY", country: null, parentId: null }, model: null }, "2026-01-01");
const person = toEntityNode({ id: 100, slug: "clara-shih", name: "Clara Shih", description: null, organization: null, model: null }, "2026-01-01");
const SALESFORCE = company(1, "salesforce");
const META = company(2, "meta");

function role(id: number, organizationId: number, position: number, state: { ended: boolean; isCurrent: boolean }): CompareRole {
  return {
    id,
    personId: person.entityId,
    personVisible: true,
    organizationId,
    title: `role ${id}`,
    position,
    startText: null,
    startDate: null,
    startPrecision: null,
    startIsUpperBound: false,
    endText: state.ended ? "2025" : null,
    endDate: state.ended ? new Date("2025-12-31") : null,
    endPrecision: state.ended ? "YEAR" : null,
    endIsUpperBound: false,
    lastCitedOn: null,
    person,
    ...state,
  };
}

describe("deriveMoves: talent flows from dated roles", () => {
  const companyOf = new Map<number, EntityNode>([
    [1, SALESFORCE],
    [2, META],
    [3, META], // a lab of Meta
  ]);

  it("reads the person's roles in the sources' order: Salesforce, then Meta's Business AI, is Salesforce → Meta", () => {
    const roles = [role(11, 3, 1, { ended: true, isCurrent: false }), role(10, 1, 0, { ended: true, isCurrent: false })];
    expect(deriveMoves(roles, companyOf).map((m) => `${m.fromCompany.slug}>${m.toCompany.slug}:${m.joined.organizationId}`)).toEqual(["salesforce>meta:3"]);
  });

  it("needs the role left to have ended and the role taken to have begun by the as-of day", () => {
    expect(deriveMoves([role(10, 1, 0, { ended: false, isCurrent: true }), role(11, 2, 1, { ended: false, isCurrent: true })], companyOf)).toEqual([]);
    expect(deriveMoves([role(10, 1, 0, { ended: true, isCurrent: false }), role(11, 2, 1, { ended: false, isCurrent: false })], companyOf)).toEqual([]);
  });

  it("never moves backwards in a person's history, nor within one company, and takes the first role at each destination", () => {
    const roleArb = fc.record({ organizationId: fc.constantFrom(1, 2, 3, 4), ended: fc.boolean(), isCurrent: fc.boolean() });
    fc.assert(
      fc.property(fc.array(roleArb, { maxLength: 6 }), (specs) => {
        const roles = specs.map((spec, index) => role(index + 1, spec.organizationId, index, { ended: spec.ended, isCurrent: spec.isCurrent && !spec.ended }));
        const moves = deriveMoves(roles, companyOf);
        for (const move of moves) {
          expect(move.joined.position).toBeGreaterThan(move.left.position);
          expect(move.fromCompany.entityId).not.toBe(move.toCompany.entityId);
          expect(move.left.ended).toBe(true);
          const earlier = roles.filter((r) => r.position > move.left.position && r.position < move.joined.position && companyOf.get(r.organizationId) === move.toCompany);
          expect(earlier.filter((r) => r.ended || r.isCurrent)).toEqual([]);
        }
      }),
    );
  });
});
