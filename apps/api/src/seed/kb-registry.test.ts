import fs from "node:fs";
import path from "node:path";
import { KnowledgeBaseError, loadKnowledgeBase } from "./kb-loader";
import { cite, factoryKnowledgeBase, writeKnowledgeBase, type KbFactoryFiles, type KbFactoryRegistry } from "../test-support/kb-factory";

/** The factory knowledge base plus the given registry files. */
const writeWithRegistry = (registry: KbFactoryRegistry, files: KbFactoryFiles = factoryKnowledgeBase()) => writeKnowledgeBase(files, registry);

function problemsOf(dirs: { kbDir: string; seedsDir: string }): string[] {
  try {
    loadKnowledgeBase(dirs);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
  return [];
}

/** "file:line" as problems name it: the registry file (relative to the working directory) and its first line containing `text`. */
function at(dirs: { kbDir: string }, file: string, text: string): string {
  const full = path.join(dirs.kbDir, "registry", file);
  const line =
    fs
      .readFileSync(full, "utf8")
      .split("\n")
      .findIndex((content) => content.includes(text)) + 1;
  return `${path.relative(process.cwd(), full)}:${line}`;
}

const nvidia = { slug: "nvidia", name: "Nvidia", kind: "company", country: "US", aliases: [{ name: "英伟达", language: "zh-Hans", kind: "translation" }] };
const gpt5 = { slug: "gpt-5", name: "GPT-5", kind: "model", modality: "multimodal", status: "unknown", access: "unknown", developer: "nvidia", owner: "meta" };

describe("the registry (prisma/kb/registry)", () => {
  it("loads its entries after the main files' entries, into the same lists, with references across both", () => {
    const kb = loadKnowledgeBase(
      writeWithRegistry({
        organizations: [nvidia, { slug: "nvidia-research", name: "Nvidia Research", kind: "lab", parent: "nvidia" }],
        models: [{ ...gpt5, family: "avocado" }],
        people: [{ slug: "jensen-huang", name: "Jensen Huang", aliases: [{ name: "黄仁勋", language: "zh-Hans", kind: "translation" }] }],
      }),
    );
    expect(kb.organizations.map((org) => org.slug)).toEqual(["meta", "tbd-lab", "scale-ai", "cnbc", "nvidia", "nvidia-research"]);
    expect(kb.models.map((model) => model.slug)).toEqual(["avocado", "gpt-5"]);
    expect(kb.people.map((person) => person.slug)).toEqual(["alexandr-wang", "jensen-huang"]);
    expect(kb.registry).toEqual({ organizations: 2, models: 1, people: 1 });
  });

  it("reads whichever registry files exist", () => {
    const kb = loadKnowledgeBase(writeWithRegistry({ organizations: [nvidia] }));
    expect(kb.registry).toEqual({ organizations: 1, models: 0, people: 0 });
  });

  it("refuses a description or a claim in a registry entry, naming file and line", () => {
    const dirs = writeWithRegistry({
      organizations: [{ ...nvidia, description: "The largest GPU maker." }],
      models: [{ ...gpt5, status: { value: "released", citations: [cite("Meta ha annunciato che il data center Hyperion sorgerà in Louisiana")] } }],
      people: [
        {
          slug: "jensen-huang",
          name: "Jensen Huang",
          roles: [{ organization: "nvidia", title: "CEO", citations: [cite("Meta ha annunciato che il data center Hyperion sorgerà in Louisiana")] }],
        },
      ],
    });
    // The claim checks still run on them too (an uncited or unsupported claim is reported as such).
    expect(problemsOf(dirs)).toEqual(
      expect.arrayContaining([
        `${at(dirs, "organizations.yaml", "description:")}: nvidia: a registry entry holds identifiers only, no claims: a description needs a quote, so the entity belongs in prisma/kb/organizations.yaml`,
        `${at(dirs, "models.yaml", "value: released")}: gpt-5: a registry entry holds identifiers only, no claims: status "released" (registry models are status: unknown) needs a quote, so the entity belongs in prisma/kb/models.yaml`,
        `${at(dirs, "people.yaml", "organization: nvidia")}: jensen-huang: a registry entry holds identifiers only, no claims: a role needs a quote, so the entity belongs in prisma/kb/people.yaml`,
      ]),
    );
  });

  it("refuses a release date and a lineage edge on a registry model", () => {
    const problems = problemsOf(
      writeWithRegistry({
        organizations: [nvidia],
        models: [{ ...gpt5, releasedOn: "2025-08", lineage: [{ relation: "successor_of", model: "avocado", citations: [cite("汪滔领导 TBD Lab")] }] }],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/registry\/models\.yaml:\d+: gpt-5: .*a release date needs a quote/),
        expect.stringMatching(/registry\/models\.yaml:\d+: gpt-5: .*a lineage edge needs a quote/),
      ]),
    );
  });

  it("refuses a slug already used in a main file, naming the registry file and line", () => {
    const dirs = writeWithRegistry({ organizations: [nvidia, { slug: "scale-ai", name: "Scale AI", kind: "company" }] });
    expect(problemsOf(dirs)).toEqual([`${at(dirs, "organizations.yaml", "slug: scale-ai")}: slug "scale-ai" is already used by a organization`]);
  });

  it("refuses a name or alias that names another entity unless every alias bearing it is ambiguous", () => {
    const files = factoryKnowledgeBase();
    files.organizations[0].aliases = [{ name: "英偉達", language: "zh-Hant", kind: "translation" }];
    const dirs = writeWithRegistry({ organizations: [nvidia, { slug: "tbd", name: "Meta", kind: "company" }] }, files);
    const problems = problemsOf(dirs);
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        // Traditional and Simplified Chinese fold together, as search folds them.
        expect.stringMatching(/organizations\.yaml:\d+: alias "英偉達" of meta also names nvidia: mark it ambiguous with a note on every entity that uses it, or drop it$/),
        `${at(dirs, "organizations.yaml", "英伟达")}: alias "英伟达" of nvidia also names meta: mark it ambiguous with a note on every entity that uses it, or drop it`,
        expect.stringMatching(/organizations\.yaml:\d+: name "Meta" of meta also names tbd: rename one entity or drop the other's alias$/),
        `${at(dirs, "organizations.yaml", "name: Meta")}: name "Meta" of tbd also names meta: rename one entity or drop the other's alias`,
      ]),
    );

    const ambiguous = { name: "Avocado", language: "en", kind: "codename", ambiguous: true, note: "Also the fruit." };
    const marked = factoryKnowledgeBase();
    marked.models[0].aliases = [{ ...ambiguous, name: "Orion" }];
    expect(problemsOf(writeWithRegistry({ organizations: [{ ...nvidia, aliases: [{ ...ambiguous, name: "Orion", note: "Also a constellation." }] }] }, marked))).toEqual([]);
  });

  it("refuses an alias listed twice for one entity in one language", () => {
    const problems = problemsOf(writeWithRegistry({ organizations: [{ ...nvidia, aliases: [...nvidia.aliases, ...nvidia.aliases] }] }));
    expect(problems).toEqual([expect.stringMatching(/registry\/organizations\.yaml:\d+: nvidia: alias "英伟达" \(zh-Hans\) is listed twice/)]);
  });
});
