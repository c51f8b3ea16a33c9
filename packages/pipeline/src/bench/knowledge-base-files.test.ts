import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { knowledgeBaseAliases } from "../knowledge-base-aliases";
import { DEFAULT_KB_DIR } from "./corpus";
import { loadFileLinkingIndex, readKnowledgeBaseEntities } from "./knowledge-base-files";

describe("the knowledge base read from its files", () => {
  it("lists each main file's entities before the registry's, aliases defaulting to unambiguous", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-kb-"));
    fs.mkdirSync(path.join(dir, "registry"));
    fs.writeFileSync(path.join(dir, "organizations.yaml"), "- slug: meta\n  name: Meta\n  aliases:\n    - { name: メタ, language: ja, kind: transliteration }\n");
    fs.writeFileSync(path.join(dir, "registry", "organizations.yaml"), "- slug: openai\n  name: OpenAI\n");
    fs.writeFileSync(
      path.join(dir, "people.yaml"),
      "- slug: alexandr-wang\n  name: Alexandr Wang\n  aliases:\n    - { name: Wang, language: und, kind: nickname, ambiguous: true, note: many }\n",
    );
    const entities = readKnowledgeBaseEntities(dir);
    expect(entities.organizations).toEqual([
      { slug: "meta", name: "Meta", aliases: [{ name: "メタ", language: "ja", kind: "transliteration", ambiguous: false }] },
      { slug: "openai", name: "OpenAI", aliases: [] },
    ]);
    expect(entities.people[0].aliases[0]).toMatchObject({ name: "Wang", ambiguous: true });
    expect(entities.models).toEqual([]);
    const { entityKinds } = knowledgeBaseAliases(entities);
    expect([...entityKinds]).toEqual([
      [1, "ORGANIZATION"],
      [2, "ORGANIZATION"],
      [3, "PERSON"],
    ]);
  });

  it("links the repository's knowledge base without a database", () => {
    const { matcher } = loadFileLinkingIndex(DEFAULT_KB_DIR);
    expect(matcher.findMentions("Meta e OpenAI").map((mention) => mention.slug)).toEqual(["meta", "openai"]);
  });
});
