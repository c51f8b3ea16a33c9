import { encodeCursor } from "./cursor";
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
    expect(toPage({ first: 2, after: first.pageInfo.endCursor })).toEqual({ offset: 2, limit: 2, after: { offset: 1 } });
  });

  it("reads the sort keys of a keyset cursor, and refuses malformed ones", () => {
    const cursor = encodeCursor({ offset: 4, order: "abcdEFGH", keys: ["2025-12-01", "7"] });
    expect(toPage({ first: 3, after: cursor })).toEqual({ offset: 5, limit: 3, after: { offset: 4, order: "abcdEFGH", keys: ["2025-12-01", "7"] } });
    for (const body of [{ o: -1 }, { o: 1, s: "short", k: ["1"] }, { o: 1, s: "abcdEFGH", k: [] }, { o: 1, s: "abcdEFGH", k: [1] }, { o: 1, s: "abcdEFGH", k: ["a\u0000"] }])
      expect(() => toPage({ after: Buffer.from(JSON.stringify(body)).toString("base64url") })).toThrow(/not a cursor/);
  });

  it("reports the last page", () => {
    const last = toConnection(["e"], { offset: 4, limit: 2 }, 5);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.edges).toHaveLength(1);
  });
});
