import fc from "fast-check";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { ORGANIZATION_ROLES } from "./organization.limits";

interface ListedRole {
  title: string;
  isCurrent: boolean;
  person: { slug: string };
}

const PEOPLE = 30;
const TITLES = ["Chief Executive Officer", "Chief Scientist", "Vice President of AI", "Head of Research", "Director of Product", "Research Engineer", "Spokesperson"];

/**
 * `Organization.roles(first:)` over any set of roles and any `first`: a limit out of bounds is the
 * client's error; otherwise at most `first` roles, in start order, current ones kept before ended
 * ones and a chief executive before an engineer, and `roleCount` says how many there are.
 */
describe("an organization's roles, bounded", () => {
  let api: TestApi;
  let organizationId: number;
  let personIds: number[];
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    const prisma = api.db.prisma;
    const company = await prisma.entity.create({
      data: { slug: "many-roles", kind: "ORGANIZATION", name: "Many Roles", normalizedName: "many roles", synthetic: true, organization: { create: { kind: "COMPANY" } } },
    });
    organizationId = company.id;
    personIds = [];
    for (let index = 0; index < PEOPLE; index++) {
      const person = await prisma.entity.create({
        data: { slug: `person-${index}`, kind: "PERSON", name: `Person ${index}`, normalizedName: `person ${index}`, synthetic: true, person: { create: {} } },
      });
      personIds.push(person.id);
    }
  });
  afterAll(() => api.close());

  const day = fc.integer({ min: 0, max: 4000 }).map((offset) => new Date(Date.UTC(2014, 0, 1) + offset * 86_400_000));
  const roles = fc.uniqueArray(fc.record({ person: fc.integer({ min: 0, max: PEOPLE - 1 }), title: fc.constantFrom(...TITLES), start: fc.option(day), ended: fc.boolean() }), {
    maxLength: 80,
    selector: (role) => `${role.person}|${role.title}`,
  });
  const first = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 12 }), fc.integer({ min: ORGANIZATION_ROLES.max - 2, max: ORGANIZATION_ROLES.max + 2 }));

  it("keeps the first roles by the rule and says how many there are", async () => {
    await fc.assert(
      fc.asyncProperty(roles, first, async (generated, limit) => {
        await api.db.prisma.role.deleteMany({ where: { organizationId } });
        await api.db.prisma.role.createMany({
          data: generated.map((role) => ({
            personId: personIds[role.person],
            organizationId,
            title: role.title,
            startDate: role.start,
            startPrecision: role.start ? "DAY" : null,
            endDate: role.ended ? new Date(Date.UTC(2025, 0, 1)) : null,
            endPrecision: role.ended ? "DAY" : null,
          })),
        });
        const response = await api.gql(
          `query($first: Int) {
             company(slug: "many-roles") {
               roleCount
               all: roles(first: ${ORGANIZATION_ROLES.max}) { title isCurrent person { slug } }
               kept: roles(first: $first) { title isCurrent person { slug } }
             }
           }`,
          { first: limit },
        );
        if (limit != null && (limit < 1 || limit > ORGANIZATION_ROLES.max)) {
          expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
          return;
        }
        expect(response.errors).toBeUndefined();
        const { roleCount, all, kept } = response.data!.company as { roleCount: number; all: ListedRole[]; kept: ListedRole[] };
        const key = (role: ListedRole) => `${role.person.slug}|${role.title}`;
        expect(roleCount).toBe(generated.length);
        expect(all).toHaveLength(generated.length);
        expect(kept).toHaveLength(Math.min(limit ?? ORGANIZATION_ROLES.default, generated.length));
        // In the full list's (start) order.
        const positions = kept.map((role) => all.findIndex((other) => key(other) === key(role)));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        // Current before ended, and a current chief executive before a current engineer.
        const keptKeys = new Set(kept.map(key));
        const missing = all.filter((role) => !keptKeys.has(key(role)));
        if (kept.some((role) => !role.isCurrent)) expect(missing.filter((role) => role.isCurrent)).toEqual([]);
        if (kept.some((role) => role.isCurrent && role.title === "Research Engineer"))
          expect(missing.filter((role) => role.isCurrent && role.title === "Chief Executive Officer")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
