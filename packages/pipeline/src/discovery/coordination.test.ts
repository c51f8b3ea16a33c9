import { buildAliasMatcher, type EntityKind } from "../matcher";
import { discoverEntities } from "./index";

// Invented sentences: the names below belong to no real company, model or person.
const known = buildAliasMatcher([
  { entityId: 1, slug: "skytalk", name: "Skytalk", language: "en", kind: "official" },
  { entityId: 2, slug: "quorvex", name: "Quorvex", language: "en", kind: "official" },
  { entityId: 3, slug: "skytalk-hi", name: "स्काईटॉक", language: "hi", kind: "official" },
  { entityId: 4, slug: "quorvex-hi", name: "क्वॉर्वेक्स", language: "hi", kind: "official" },
]);
const kinds = new Map<number, EntityKind>([
  [1, "PRODUCT"],
  [2, "ORGANIZATION"],
  [3, "PRODUCT"],
  [4, "ORGANIZATION"],
]);
const found = (text: string, language: string) => discoverEntities({ text, language, mentions: known.findMentions(text), entityKinds: kinds }).map((p) => `${p.surface}:${p.type}`);

describe("types from lists and platforms", () => {
  it("gives a name listed with a known product the product type, but not a name listed with a company", () => {
    expect(found("Users compared Skytalk, Brellio and Fennix this week.", "en")).toEqual(["Brellio:PRODUCT", "Fennix:PRODUCT"]);
    expect(found("Users compared Quorvex and Brellio this week.", "en")).toEqual(["Brellio:ORGANIZATION"]);
  });

  it("keeps a person listed with a product a person", () => {
    expect(found("The panel had Skytalk and Maria Okonkwo on stage.", "en")).toEqual(["Maria Okonkwo:PERSON"]);
  });

  it("reads a service used on or via something as a product", () => {
    expect(found("The assistant now runs on Brellio for everyone.", "en")).toEqual(["Brellio:PRODUCT"]);
    expect(found("L'assistente arriva su Brellio in Italia.", "it")).toEqual(["Brellio:PRODUCT"]);
  });
});

describe("names next to known names in scripts without capitals", () => {
  it("proposes a known product's plan after it, and a word listed with a known company (Hindi)", () => {
    expect(found("स्काईटॉक गो अब मुफ्त है।", "hi")).toEqual(["स्काईटॉक गो:PRODUCT"]);
    expect(found("क्वॉर्वेक्स, टेलमोरा और भारत सरकार ने समझौता किया।", "hi")).toEqual(["टेलमोरा:ORGANIZATION"]);
  });

  it("reads a royal title before a name with a patronymic (Arabic), and no clause after a comma", () => {
    expect(found("قال الأمير سامي بن حداد إن المشروع كبير.", "ar")).toEqual(["سامي بن حداد:PERSON"]);
    expect(found("أطلقت الشركة نموذج «نوران» هذا الأسبوع.", "ar")).toEqual(["نوران:MODEL"]);
    expect(found("وقعت كوارفكس، إذ قالت الشركة إنها ستنمو.", "ar")).toEqual([]);
  });
});
