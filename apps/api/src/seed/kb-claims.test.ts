import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { cite, factoryKnowledgeBase, kbProblems, writeKnowledgeBase, type KbFactoryFiles } from "../test-support/kb-factory";
import { KnowledgeBaseError, loadKnowledgeBase } from "./kb-loader";

type Row = Record<string, any>;
const role = (files: KbFactoryFiles, index: number) => (files.people[0].roles as Row[])[index];
const event = (files: KbFactoryFiles) => files.events[0] as Row;
const figure = (files: KbFactoryFiles) => (event(files).figures as Row[])[0];

/** The 1-based line of the first line of `yamlFile` that contains `needle`. */
function lineOf(kbDir: string, yamlFile: string, needle: string): number {
  const lines = fs.readFileSync(path.join(kbDir, yamlFile), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in ${yamlFile}`);
  return index + 1;
}

describe("provenance per claim (kb:check)", () => {
  it("accepts the factory knowledge base, every claim cited", () => {
    expect(kbProblems(() => undefined)).toEqual([]);
  });

  it("names the file and line of a deliberately uncited role end date", () => {
    const files = factoryKnowledgeBase();
    role(files, 0).end = "2021"; // a bare date: nothing says when he left
    const dirs = writeKnowledgeBase(files);
    let problems: string[] = [];
    try {
      loadKnowledgeBase(dirs);
    } catch (error) {
      problems = (error as KnowledgeBaseError).problems;
    }
    const line = lineOf(dirs.kbDir, "people.yaml", 'end: "2021"');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`people\\.yaml:${line}: uncited claim: alexandr-wang at scale-ai: end 2021 has no quoted wording`))]);
  });

  it("refuses an uncited status, release date, event date and facility location", () => {
    const problems = kbProblems((files) => {
      files.models[0].status = "released";
      files.models[0].releasedOn = "2025-04";
      event(files).occurredOn = "2025";
      (files.facilities[0].location as Row).citations = [cite("il lancio di Avocado")];
    }).join("\n");
    expect(problems).toMatch(/models\.yaml:\d+: avocado: uncited claim: status "released"/);
    expect(problems).toMatch(/models\.yaml:\d+: uncited claim: avocado: release date 2025-04 has no citations/);
    expect(problems).toMatch(/events\.yaml:\d+: uncited claim: avocado-delay: date 2025 has no quoted wording/);
    expect(problems).toMatch(/facilities\.yaml:\d+: hyperion: location "Louisiana" is in none of its quotes/);
  });

  it("refuses a dated claim whose quoted wording is in none of its quotes", () => {
    const problems = kbProblems((files) => {
      role(files, 1).start = { date: "2025-07", quoted: "a luglio" };
    });
    expect(problems).toEqual([expect.stringMatching(/people\.yaml:\d+: alexandr-wang at tbd-lab: start: quoted wording "a luglio" is in none of its quotes/)]);
  });

  it("checks that a quote plausibly supports its claim: a role end speaks of leaving, a type of its kind of event", () => {
    const problems = kbProblems((files) => {
      role(files, 1).end = { date: "2025-06", quoted: "a giugno", citations: [cite("汪滔领导 TBD Lab"), cite("a capo di TBD Lab a giugno")] };
      event(files).type = "distillation_report";
      files.models[0].status = { value: "shelved", citations: [cite("il lancio di Avocado è stato posticipato")] };
    }).join("\n");
    expect(problems).toMatch(/people\.yaml:\d+: no quote supports alexandr-wang at tbd-lab: the end of the role/);
    expect(problems).toMatch(/events\.yaml:\d+: no quote supports avocado-delay: the type distillation_report/);
    expect(problems).toMatch(/models\.yaml:\d+: no quote supports status "shelved"/);
  });

  it("keeps figure qualifiers honest: 'circa' is approximate, 'more than' needs at_least", () => {
    const problems = kbProblems((files) => {
      event(files).figures = [
        { kind: "count", metric: "headcount_cut", value: 600, unit: "people", text: "circa 600", citations: [cite("circa 600")] },
        { kind: "money", metric: "capex", qualifier: "at_least", value: 70, unit: "USD", text: "70", citations: [cite("70")] },
      ];
    }).join("\n");
    expect(problems).toMatch(/events\.yaml:\d+: avocado-delay: the figure text "circa 600" reads as approximate, not exact: set qualifier/);
    expect(problems).toMatch(/events\.yaml:\d+: avocado-delay: qualifier at_least but the figure text "70" has no word for it/);
  });

  it("keeps a range one figure with its maximum, and percents in %", () => {
    const problems = kbProblems((files) => {
      event(files).figures = [
        { kind: "money", metric: "capex", qualifier: "range", value: 70, unit: "USD", text: "70", citations: [cite("70")] },
        { kind: "money", metric: "capex", value: 70, valueMax: 72, unit: "USD", text: "70", citations: [cite("70")] },
        { kind: "percent", metric: "stake", value: 49, unit: "percent", text: "49", citations: [cite("49")] },
      ];
    }).join("\n");
    expect(problems).toMatch(/figures\.0\.valueMax: a range needs `valueMax`/);
    expect(problems).toMatch(/figures\.1\.valueMax: only a range \(qualifier: range\) has `valueMax`/);
    expect(problems).toMatch(/figures\.2\.unit: percent figures use the unit "%"/);
  });

  it("refuses a hand-typed status or first-reported date: both are computed", () => {
    const problems = kbProblems((files) => {
      event(files).status = "confirmed";
      event(files).firstReportedOn = "2025-07";
    }).join("\n");
    expect(problems).toMatch(/events\.yaml:\d+: avocado-delay: status: status is computed from the citations/);
    expect(problems).toMatch(/events\.yaml:\d+: avocado-delay: firstReportedOn: firstReportedOn is computed/);
  });

  it("refuses a stated public date that is not earlier than the citing sources", () => {
    const problems = kbProblems((files) => {
      figure(files).publicSince = { date: "2025-12", quoted: "il 9 dicembre", citations: [cite("il 9 dicembre")] };
    });
    expect(problems).toEqual([expect.stringMatching(/events\.yaml:\d+: avocado-delay: publicSince 2025-12 is not earlier than the first citing source/)]);
  });

  it("refuses a citation marked official whose quote is no one's own statement", () => {
    const problems = kbProblems((files) => {
      (event(files).citations as Row[])[0].official = true;
    });
    expect(problems).toEqual([expect.stringMatching(/events\.yaml:\d+: marked official, but the quote does not say the party itself stated it/)]);
  });

  it("requires a note on an ambiguous alias", () => {
    const problems = kbProblems((files) => {
      delete (files.people[0].aliases as Row[])[0].note;
    });
    expect(problems).toEqual([expect.stringMatching(/people\.yaml:\d+: alexandr-wang: aliases\.0\.note: an ambiguous alias needs a `note`/)]);
  });

  it("passes on the seed knowledge base: every remaining claim is cited", () => {
    const config = loadConfig({ ...process.env, NODE_ENV: "test" });
    const kb = loadKnowledgeBase({ kbDir: config.KB_DIR, seedsDir: config.SEEDS_DIR });
    expect(kb.counts.claims).toBeGreaterThan(200);
    expect(kb.counts.citations).toBeGreaterThan(kb.counts.claims);
  });
});
