import fc from "fast-check";
import { normalizeQuery } from "./search.service";

describe("normalizeQuery", () => {
  it("drops possessives, straight or curly", () => {
    expect(normalizeQuery("Meta's")).toBe("Meta");
    expect(normalizeQuery("Zuckerberg’s plan")).toBe("Zuckerberg plan");
    expect(normalizeQuery("the labs' budget")).toBe("the labs budget");
  });

  it("leaves other apostrophes and every script alone", () => {
    expect(normalizeQuery("O'Brien")).toBe("O'Brien");
    expect(normalizeQuery("杨立昆")).toBe("杨立昆");
  });

  it("never grows the query and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normalizeQuery(text);
        return once.length <= text.normalize("NFKC").length && normalizeQuery(once) === once;
      }),
    );
  });
});
