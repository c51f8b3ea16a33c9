import { buildAliasMatcher } from "../matcher";
import { discoverEntities } from "./index";

// Invented sentences: the names below belong to no real company, model or person.
const known = buildAliasMatcher([
  { entityId: 1, slug: "quorvex", name: "Quorvex", language: "en", kind: "official" },
  { entityId: 2, slug: "telmora", name: "Telmora", language: "de", kind: "official" },
  { entityId: 3, slug: "velora", name: "Velora", language: "en", kind: "official" },
]);
const found = (text: string, language: string) => discoverEntities({ text, language, mentions: known.findMentions(text) }).map((p) => `${p.surface}:${p.type}`);

describe("discovery after a known name", () => {
  it("proposes what follows a known company as its product or unit, typed by its own suffix", () => {
    expect(found("Developers moved to Quorvex Skyforge last week, and Quorvex Data Services doubled its staff.", "en")).toEqual(["Skyforge:PRODUCT", "Data Services:ORGANIZATION"]);
  });

  it("keeps a known model with its version or tier as one model name, and a chip code as a product", () => {
    expect(found("The lab compared Velora 4 Pro with the Quorvex Z300 accelerator.", "en")).toEqual(["Velora 4 Pro:MODEL", "Z300:PRODUCT"]);
  });

  it("does not propose a German noun that follows a known company", () => {
    expect(found("Die Telmora Rechenzentren wachsen, sagte Telmora-Chef Jonas Wendt.", "de")).toEqual(["Jonas Wendt:PERSON"]);
  });
});

describe("discovery types from institutions, products and places", () => {
  it("types institutions by their head word and products by their last word or the noun before them", () => {
    expect(found("La Agencia Espacial Norteña firmó con la empresa Lumora; el asistente Brisalia llegará a Chile.", "es")).toEqual([
      "Agencia Espacial Norteña:ORGANIZATION",
      "Lumora:ORGANIZATION",
      "Brisalia:PRODUCT",
    ]);
    expect(found("Quorvex launched Tidewell Cloud and the Orvane Display for developers.", "en")).toEqual(["Tidewell Cloud:PRODUCT", "Orvane Display:PRODUCT"]);
  });

  it("reads a title before one word as the employer in Indonesian, and a glued surname particle as a name", () => {
    expect(found("Menurut CEO Lintasra, perusahaan itu tumbuh.", "id")).toEqual(["Lintasra:ORGANIZATION"]);
    expect(found("Le directeur Paul DeVanne a rejoint la start-up Ombrelle.", "fr")).toEqual(["Paul DeVanne:PERSON", "Ombrelle:ORGANIZATION"]);
  });

  it("types a name by the apposition after its comma", () => {
    expect(found("El Gobierno presentó Lumora, el modelo de lenguaje abierto, ayer.", "es")).toEqual(["Lumora:MODEL"]);
    expect(found("The team behind Fennix, a chatbot for lawyers, raised money.", "en")).toEqual(["Fennix:PRODUCT"]);
  });

  it("reads a verb of saying right before a full name as a person cue, also where nouns are capitalised", () => {
    expect(found("„Wir sind bereit“, sagte Jonas Wendt am Abend.", "de")).toEqual(["Jonas Wendt:PERSON"]);
  });

  it("keeps a capitalised article inside a sentence with the name after it", () => {
    expect(found("Les abonnés de l'assistant Le Phare sont nombreux.", "fr")).toEqual(["Le Phare:PRODUCT"]);
  });
});

describe("discovery false positives", () => {
  it("proposes no datelines, years, amounts, prizes or countries", () => {
    const text = "OSLAVIA, Norte — Quorvex won the Hellman Award in 2025 and raised 300 Millionen Dollar in Argentina and Emiratos Árabes Unidos.";
    expect(found(text, "en")).toEqual([]);
  });

  it("proposes no plain German noun phrases without a cue, nor KI- compounds", () => {
    expect(found("Zum Vergleich nannte er Deutschlands Stärke und die KI-Plattform im vierten Quartal 2026.", "de")).toEqual([]);
  });

  it("does not propose a quoted sentence opener after a colon", () => {
    expect(found("El ministro dijo: «Hemos llegado tarde».", "es")).toEqual([]);
  });

  it("does not read a tier word alone or a model word two capitalised words away as a model", () => {
    expect(found("Das Modell für Tests kam im Mai. The Ultra edition sold out.", "de")).toEqual([]);
  });
});
