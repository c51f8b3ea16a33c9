import { toConnection, toPage } from "./pagination";

describe("toPage", () => {
  it("defaults to 20 from the start", () => {
    expect(toPage({})).toEqual({ offset: 0, limit: 20 });
  });

  it.each([0, -1, 101, 2.5])("rejects first=%p with BAD_USER_INPUT", (first) => {
    expect(() => toPage({ first })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }));
  });

  it("rejects a cursor it did not issue", () => {
    expect(() => toPage({ after: "not-a-cursor" })).toThrow(/not a cursor/);
  });

  it("continues after the cursor of the previous page", () => {
    const first = toConnection(["a", "b"], { offset: 0, limit: 2 }, 5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(toPage({ first: 2, after: first.pageInfo.endCursor })).toEqual({ offset: 2, limit: 2 });
  });

  it("reports the last page", () => {
    const last = toConnection(["e"], { offset: 4, limit: 2 }, 5);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.edges).toHaveLength(1);
  });
});
