import fc from "fast-check";
import { dateParam, enumListParam, hrefWith, listParam, pageLinks, pagingFrom } from "./browse";

describe("browse URL state", () => {
  it("reads repeated and comma-separated lists, and only known enum values", () => {
    expect(listParam({ t: ["A,B", " C "] }, "t")).toEqual(["A", "B", "C"]);
    expect(enumListParam({ t: "HIRE,BOGUS" }, "t", ["HIRE", "LAYOFF"] as const)).toEqual(["HIRE"]);
    expect(dateParam({ from: "2025-02-30" }, "from")).toBeNull();
    expect(dateParam({ from: "2025-02-28" }, "from")).toBe("2025-02-28");
  });

  it("builds links that drop empty values and repeat arrays", () => {
    expect(hrefWith("/events", { types: ["HIRE", "LAYOFF"], from: null, q: "" })).toBe("/events?types=HIRE&types=LAYOFF");
  });

  it("walks forward and back through pages with the cursor trail", () => {
    const first = pagingFrom({});
    const one = pageLinks("/events", { types: ["HIRE"] }, first, "c1", true);
    expect(one.previous).toBeNull();
    expect(one.pageNumber).toBe(1);
    const second = pagingFrom(Object.fromEntries(new URL(`http://x${one.next}`).searchParams));
    expect(second).toEqual({ after: "c1", trail: [] });
    const two = pageLinks("/events", { types: ["HIRE"] }, second, "c2", true);
    expect(two.pageNumber).toBe(2);
    expect(two.previous).toBe("/events?types=HIRE");
    const third = pagingFrom(Object.fromEntries(new URL(`http://x${two.next}`).searchParams));
    expect(third).toEqual({ after: "c2", trail: ["c1"] });
    expect(pageLinks("/events", {}, third, null, false)).toEqual({ next: null, previous: "/events?after=c1", pageNumber: 3 });
  });

  it("returns to where it came from, for any path of cursors", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), { minLength: 1, maxLength: 8 }), (cursors) => {
        let paging = pagingFrom({});
        const hrefs: string[] = [];
        for (const cursor of cursors) {
          const links = pageLinks("/p", {}, paging, cursor, true);
          hrefs.push(links.next!);
          paging = pagingFrom(Object.fromEntries(new URL(`http://x${links.next}`).searchParams));
        }
        // Going back once from the last page lands on the page before it.
        const back = pageLinks("/p", {}, paging, null, false).previous!;
        const expected = hrefs.length > 1 ? hrefs[hrefs.length - 2] : "/p";
        return back === expected;
      }),
    );
  });
});
