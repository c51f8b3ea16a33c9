import fc from "fast-check";
import { GraphQLError } from "graphql";
import { boundedArgument } from "./list-bounds";

describe("boundedArgument", () => {
  const bounds = fc.integer({ min: 1, max: 10_000 }).chain((max) => fc.record({ max: fc.constant(max), default: fc.integer({ min: 1, max }) }));

  it("keeps any whole value from 1 to max, and gives the default when absent", () => {
    fc.assert(
      fc.property(bounds, fc.double({ min: 0, max: 1, noNaN: true }), (limits, at) => {
        const value = 1 + Math.floor(at * (limits.max - 1));
        expect(boundedArgument({ field: "roles", argument: "first", value, bounds: limits })).toBe(value);
        expect(boundedArgument({ argument: "first", value: null, bounds: limits })).toBe(limits.default);
        expect(boundedArgument({ argument: "first", value: undefined, bounds: limits })).toBe(limits.default);
      }),
    );
  });

  it("refuses anything else with BAD_USER_INPUT naming the argument", () => {
    const outside = (max: number) => fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: max + 1 }), fc.double({ noInteger: true }));
    fc.assert(
      fc.property(
        bounds.chain((limits) => fc.tuple(fc.constant(limits), outside(limits.max))),
        fc.constantFrom("first", "upTo"),
        ([limits, value], argument) => {
          let refused: unknown;
          try {
            boundedArgument({ field: "boundedCount", argument, value, bounds: limits });
          } catch (error) {
            refused = error;
          }
          expect(refused).toBeInstanceOf(GraphQLError);
          const error = refused as GraphQLError;
          expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
          expect(error.message).toContain(`boundedCount(${argument}:) must be between 1 and ${limits.max}`);
        },
      ),
    );
  });
});
