import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { KnowledgeBaseError, loadKnowledgeBase, type KnowledgeBase } from "../seed/kb-loader";
import type { AliasInput } from "../seed/kb-schema";

/** The article the factory's knowledge base cites: a short bilingual text written for the tests. */
export const FACTORY_ARTICLE = [
  "Secondo CNBC, il 9 dicembre il lancio di Avocado è stato posticipato al primo trimestre del 2026.",
  "Un portavoce ha smentito qualsiasi ritardo.",
  "汪滔领导 TBD Lab。",
  "L'ex CEO di Scale AI è stato nominato a capo di TBD Lab a giugno.",
  "Meta ha annunciato che il data center Hyperion sorgerà in Louisiana.",
  "PROMO: compra ora!",
].join("\n");

export interface KbFactoryFiles {
  sources: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
  models: Record<string, unknown>[];
  products: Record<string, unknown>[];
  facilities: Record<string, unknown>[];
  people: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export const cite = (quote: string, extra: Record<string, unknown> = {}) => ({ source: "factory-article", quote, ...extra });

/** A small valid knowledge base, every claim cited; tests override pieces of it to provoke one problem at a time. */
export function factoryKnowledgeBase(): KbFactoryFiles {
  const delayQuote = "il 9 dicembre il lancio di Avocado è stato posticipato al primo trimestre del 2026";
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
      { slug: "scale-ai", name: "Scale AI", kind: "company" },
      { slug: "cnbc", name: "CNBC", kind: "media_outlet" },
    ],
    models: [
      {
        slug: "avocado",
        name: "Avocado",
        kind: "model",
        modality: "text",
        status: { value: "delayed", citations: [cite(delayQuote)] },
        access: "unknown",
        developer: "tbd-lab",
        owner: "meta",
      },
    ],
    products: [{ slug: "workplace", name: "Workplace", kind: "platform", owner: "meta" }],
    facilities: [
      {
        slug: "hyperion",
        name: "Hyperion",
        kind: "data_center",
        owner: "meta",
        location: { value: "Louisiana", citations: [cite("il data center Hyperion sorgerà in Louisiana")] },
      },
    ],
    people: [
      {
        slug: "alexandr-wang",
        name: "Alexandr Wang",
        aliases: [{ name: "汪滔", language: "zh-Hans", kind: "translation", source: "factory-article", ambiguous: true, note: "Also DJI's founder." }],
        roles: [
          {
            organization: "scale-ai",
            title: "CEO",
            end: { date: "2025-06", quoted: "a giugno", basis: "appointed at Meta in June" },
            citations: [cite("L'ex CEO di Scale AI è stato nominato a capo di TBD Lab a giugno")],
          },
          {
            organization: "tbd-lab",
            title: "Head",
            start: { date: "2025-06", quoted: "a giugno" },
            citations: [cite("汪滔领导 TBD Lab"), cite("L'ex CEO di Scale AI è stato nominato a capo di TBD Lab a giugno")],
          },
        ],
      },
    ],
    events: [
      {
        key: "avocado-delay",
        type: "delay",
        title: "Avocado delayed to Q1 2026",
        occurredOn: { date: "2025-12-09", quoted: "il 9 dicembre" },
        participants: [{ entity: "avocado", role: "subject" }],
        figures: [
          {
            kind: "date",
            metric: "expected_release",
            date: "2026-Q1",
            text: "primo trimestre del 2026",
            citations: [cite(delayQuote)],
          },
        ],
        citations: [cite(delayQuote, { attributedTo: "cnbc" }), cite("Un portavoce ha smentito qualsiasi ritardo", { stance: "denies", official: true })],
      },
    ],
  };
}

/** Registry files (prisma/kb/registry): only those given are written. */
export type KbFactoryRegistry = Partial<Record<"organizations" | "models" | "people", Record<string, unknown>[]>>;

/** Writes the files (and registry files, when given) to a fresh temporary folder; returns the kb and seeds directories. */
export function writeKnowledgeBase(files: KbFactoryFiles = factoryKnowledgeBase(), registry: KbFactoryRegistry = {}): { kbDir: string; seedsDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-kb-"));
  const kbDir = path.join(root, "kb");
  const seedsDir = path.join(root, "seeds");
  fs.mkdirSync(kbDir);
  fs.mkdirSync(seedsDir);
  fs.writeFileSync(path.join(seedsDir, "factory-article.txt"), FACTORY_ARTICLE);
  for (const [name, entries] of Object.entries(files)) fs.writeFileSync(path.join(kbDir, `${name}.yaml`), stringify(entries));
  if (Object.keys(registry).length > 0) fs.mkdirSync(path.join(kbDir, "registry"));
  for (const [name, entries] of Object.entries(registry)) fs.writeFileSync(path.join(kbDir, "registry", `${name}.yaml`), stringify(entries));
  return { kbDir, seedsDir };
}

/** The problems the loader reports for the factory knowledge base after `mutate`; [] when it loads. */
export function kbProblems(mutate: (files: KbFactoryFiles) => void): string[] {
  const files = factoryKnowledgeBase();
  mutate(files);
  try {
    loadKnowledgeBase(writeKnowledgeBase(files));
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
  return [];
}

/**
 * A copy of a knowledge base whose entities carry extra aliases (by slug), for names in scripts the
 * seed articles do not use; an alias the entity already has (same name and language) is not repeated.
 */
export function withAliases(kb: KnowledgeBase, extra: Record<string, ReadonlyArray<Pick<AliasInput, "name" | "language" | "kind">>>): KnowledgeBase {
  const add = <T extends { slug: string; aliases: AliasInput[] }>(entries: T[]): T[] =>
    entries.map((entry) => {
      const more = (extra[entry.slug] ?? []).filter((alias) => !entry.aliases.some((a) => a.name === alias.name && a.language === alias.language));
      return more.length ? { ...entry, aliases: [...entry.aliases, ...more.map((alias) => ({ ...alias, ambiguous: false }))] } : entry;
    });
  return { ...kb, organizations: add(kb.organizations), models: add(kb.models), products: add(kb.products), facilities: add(kb.facilities), people: add(kb.people) };
}
