import fs from "node:fs";
import path from "node:path";
import { cleanArticle, loadKnowledgeBase } from "./kb-loader";
import { kbProblems as problemsOf, writeKnowledgeBase } from "../test-support/kb-factory";

describe("cleanArticle", () => {
  it("strips boilerplate inline and on its own line, drops emptied lines, NFKC-normalizes", () => {
    const raw = "Primo paragrafo.\nPromo\n\n\n\n不是追愿景互联网配资平台，而是\nＡＢＣ";
    expect(cleanArticle(raw, ["Promo", "互联网配资平台"])).toBe("Primo paragrafo.\n\n不是追愿景,而是\nABC");
  });
});

describe("loadKnowledgeBase", () => {
  it("loads a valid knowledge base with cleaned, hashed sources", () => {
    const kb = loadKnowledgeBase(writeKnowledgeBase());
    expect(kb.sources[0].text).not.toContain("PROMO");
    expect(kb.sources[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(kb.events[0].citations).toHaveLength(2);
    expect(kb.products.map((p) => p.slug)).toEqual(["workplace"]);
    expect(kb.facilities.map((f) => f.slug)).toEqual(["hyperion"]);
  });

  it("names the file and line of a quote that is not in its source", () => {
    const problems = problemsOf((files) => {
      (files.events[0].citations as { quote: string }[])[1].quote = "Un portavoce ha smentito tutto";
    });
    expect(problems).toEqual([expect.stringMatching(/events\.yaml:\d+: quote is not in the cleaned text of factory-article/)]);
  });

  it("refuses a quote that spans stripped boilerplate", () => {
    const problems = problemsOf((files) => {
      (files.events[0].citations as { quote: string }[])[1].quote = "PROMO: compra ora!";
    });
    expect(problems.join("\n")).toMatch(/quote is not in the cleaned text/);
  });

  it("reports unknown references, duplicate slugs and schema errors together", () => {
    const problems = problemsOf((files) => {
      files.models[0].developer = "no-such-lab";
      files.organizations.push({ slug: "meta", name: "Meta again", kind: "company" });
      files.products.push({ slug: "hyperion", name: "Hyperion", kind: "platform" });
      files.events[0].type = "coup";
    });
    const text = problems.join("\n");
    expect(text).toMatch(/models\.yaml:\d+: developer "no-such-lab" does not exist/);
    expect(text).toMatch(/organizations\.yaml:\d+: slug "meta" is already used/);
    expect(text).toMatch(/facilities\.yaml:\d+: slug "hyperion" is already used by a product/);
    expect(text).toMatch(/events\.yaml:\d+: avocado-delay: type: /);
  });

  it("checks that a figure's text occurs in one of its quotes", () => {
    const problems = problemsOf((files) => {
      (files.events[0].figures as { text: string }[])[0].text = "Q2 2026";
    });
    expect(problems).toEqual([expect.stringMatching(/figure text "Q2 2026" is in none of its quotes/)]);
  });

  it("reports a YAML syntax error with its line", () => {
    const dirs = writeKnowledgeBase();
    fs.writeFileSync(path.join(dirs.kbDir, "people.yaml"), "- slug: x\n  name: [unclosed\n");
    expect(() => loadKnowledgeBase(dirs)).toThrow(/people\.yaml:\d+/);
  });
});
