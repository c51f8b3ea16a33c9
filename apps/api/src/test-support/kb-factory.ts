import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";

/** The article the factory's knowledge base cites: a short bilingual text written for the tests. */
export const FACTORY_ARTICLE = [
  "Secondo CNBC, il lancio di Avocado è stato posticipato al primo trimestre del 2026.",
  "Un portavoce ha smentito qualsiasi ritardo.",
  "汪滔领导 TBD Lab。",
  "PROMO: compra ora!",
].join("\n");

export interface KbFactoryFiles {
  sources: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
  models: Record<string, unknown>[];
  people: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

/** A small valid knowledge base; tests override pieces of it to provoke one problem at a time. */
export function factoryKnowledgeBase(): KbFactoryFiles {
  const cite = (quote: string, extra: Record<string, unknown> = {}) => ({ source: "factory-article", quote, ...extra });
  return {
    sources: [
      {
        key: "factory-article",
        file: "factory-article.txt",
        title: "A test article",
        publisher: "cnbc",
        language: "it",
        publishedOn: "2025-12-10",
        remove: ["PROMO: compra ora!"],
      },
    ],
    organizations: [
      { slug: "meta", name: "Meta", kind: "company" },
      { slug: "tbd-lab", name: "TBD Lab", kind: "lab", parent: "meta" },
      { slug: "cnbc", name: "CNBC", kind: "media_outlet" },
    ],
    models: [{ slug: "avocado", name: "Avocado", kind: "model", modality: "text", status: "delayed", access: "closed", developer: "tbd-lab", owner: "meta" }],
    people: [
      {
        slug: "alexandr-wang",
        name: "Alexandr Wang",
        aliases: [{ name: "汪滔", language: "zh-Hans", kind: "translation", source: "factory-article" }],
        roles: [{ organization: "tbd-lab", title: "Head", start: "2025-06", citations: [cite("汪滔领导 TBD Lab")] }],
      },
    ],
    events: [
      {
        key: "avocado-delay",
        type: "delay",
        title: "Avocado delayed to Q1 2026",
        occurredOn: "2025-12",
        status: "disputed",
        participants: [{ entity: "avocado", role: "subject" }],
        figures: [
          {
            kind: "date",
            metric: "expected_release",
            date: "2026-Q1",
            text: "primo trimestre del 2026",
            citations: [cite("il lancio di Avocado è stato posticipato al primo trimestre del 2026")],
          },
        ],
        citations: [
          cite("il lancio di Avocado è stato posticipato al primo trimestre del 2026", { attributedTo: "cnbc" }),
          cite("Un portavoce ha smentito qualsiasi ritardo", { stance: "denies" }),
        ],
      },
    ],
  };
}

/** Writes the files to a fresh temporary folder; returns the kb and seeds directories. */
export function writeKnowledgeBase(files: KbFactoryFiles = factoryKnowledgeBase()): { kbDir: string; seedsDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-kb-"));
  const kbDir = path.join(root, "kb");
  const seedsDir = path.join(root, "seeds");
  fs.mkdirSync(kbDir);
  fs.mkdirSync(seedsDir);
  fs.writeFileSync(path.join(seedsDir, "factory-article.txt"), FACTORY_ARTICLE);
  for (const [name, entries] of Object.entries(files)) fs.writeFileSync(path.join(kbDir, `${name}.yaml`), stringify(entries));
  return { kbDir, seedsDir };
}
