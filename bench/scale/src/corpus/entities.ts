import { CODENAMES, COUNTRIES, MODEL_SERIES, MODEL_SIZES, ORG_SUFFIXES, SCRIPTS, SYLLABLES, type Script } from "./name-tables";
import { planPerson, type PersonPlan } from "./people";
import { cumulative, Draw, STREAM, Zipf } from "./prng";
import type { SeedEntities } from "./seed-entities";
import type { CorpusShape } from "./shape";

/**
 * The generated organisations, models and people: their attributes, drawn per row from the seed,
 * and their names in every script. Entity ids are `base + ordinal` with organisations first, then
 * models, then people. Popularity is heavy-tailed: a low ordinal of each kind is in many events.
 */
export type OrgKind = keyof typeof ORG_SUFFIXES;
const ORG_KINDS: readonly OrgKind[] = ["COMPANY", "LAB", "INVESTOR", "MEDIA_OUTLET", "UNIVERSITY", "GOVERNMENT"];
const ORG_KIND_WEIGHTS = cumulative([55, 15, 10, 12, 6, 2]);

export interface OrgPlan {
  kind: OrgKind;
  /** Syllable indexes of the brand ("Kavelto"). */
  brand: number[];
  suffix: number;
  country: string;
  /** A former brand (renamed companies), or null. */
  formerBrand: number[] | null;
  parentId: number | null;
}

export interface ModelPlan {
  name: string;
  codename: string | null;
  ownerId: number;
  modality: string;
  status: string;
  access: string;
  releasedDay: number | null;
}

const MODALITIES = cumulative([50, 10, 8, 4, 22, 2, 4]);
const MODALITY_NAMES = ["TEXT", "IMAGE", "VIDEO", "IMAGE_VIDEO", "MULTIMODAL", "WORLD_MODEL", "OTHER"];
const STATUSES = cumulative([6, 10, 8, 62, 6, 4, 4]);
const STATUS_NAMES = ["RUMORED", "IN_DEVELOPMENT", "ANNOUNCED", "RELEASED", "DELAYED", "SHELVED", "UNKNOWN"];
const ACCESSES = cumulative([30, 35, 25, 10]);
const ACCESS_NAMES = ["OPEN_WEIGHTS", "CLOSED", "API_ONLY", "UNKNOWN"];

export const brandIn = (brand: readonly number[], script: Script) => {
  const column = SCRIPTS.indexOf(script);
  const text = brand.map((syllable) => SYLLABLES[syllable][column]).join("");
  return script === "latin" || script === "ru" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
};

/** "Kavelto Labs", "卡维尔托实验室", "カヴェルトラボ", "카벨토 랩스", "Кавелто Лабс". */
export function orgNameIn(plan: Pick<OrgPlan, "kind" | "suffix">, brand: readonly number[], script: Script): string {
  const suffix = ORG_SUFFIXES[plan.kind][plan.suffix][SCRIPTS.indexOf(script)];
  const joiner = script === "zh-Hans" || script === "zh-Hant" || script === "ja" ? "" : " ";
  return `${brandIn(brand, script)}${joiner}${suffix}`;
}

const brandOf = (draw: Draw) => Array.from({ length: draw.int(2, 3) }, () => draw.int(0, SYLLABLES.length - 1));

export class SyntheticEntities {
  readonly orgs: OrgPlan[] = [];
  readonly models: ModelPlan[] = [];
  readonly people: PersonPlan[] = [];
  /** Name of every generated entity, by ordinal, per script ("latin" is the entity's name). */
  private readonly names = new Map<Script, string[]>(SCRIPTS.map((script) => [script, []]));
  readonly orgZipf: Zipf;
  readonly modelZipf: Zipf;
  readonly personZipf: Zipf;
  /** Ordinals of the generated media outlets and companies. */
  readonly outletOrdinals: number[] = [];
  readonly companyOrdinals: number[] = [];

  constructor(
    readonly shape: CorpusShape,
    readonly seed: number,
    readonly base: number,
    readonly seeds: SeedEntities,
  ) {
    for (let o = 0; o < shape.organizations; o++) this.orgs.push(this.planOrganization(o));
    this.orgs.forEach((plan, o) => (plan.kind === "MEDIA_OUTLET" ? this.outletOrdinals : plan.kind === "COMPANY" ? this.companyOrdinals : []).push(o));
    const companyZipf = new Zipf(this.companyOrdinals.length, 1.0);
    this.orgs.forEach((plan, o) => {
      if (plan.kind !== "LAB") return;
      const draw = new Draw(seed, STREAM.organization, o + 0x10000000);
      plan.parentId = draw.chance(0.25) ? draw.pick(seeds.headline).id : this.base + this.companyOrdinals[companyZipf.sample(draw)];
    });
    for (let m = 0; m < shape.models; m++) this.models.push(this.planModel(m, companyZipf));
    for (let p = 0; p < shape.people; p++) this.people.push(planPerson(new Draw(seed, STREAM.person, p)));
    for (const script of SCRIPTS) {
      const names = this.names.get(script)!;
      for (const plan of this.orgs) names.push(orgNameIn(plan, plan.brand, script));
      for (const plan of this.models) names.push(plan.name);
      for (const plan of this.people) names.push(plan.names[script] ?? plan.names.latin!);
    }
    this.orgZipf = new Zipf(shape.organizations, 1.0);
    this.modelZipf = new Zipf(shape.models, 0.9);
    this.personZipf = new Zipf(shape.people, 0.9);
  }

  get count(): number {
    return this.shape.organizations + this.shape.models + this.shape.people;
  }

  orgId = (ordinal: number) => this.base + ordinal;
  modelId = (ordinal: number) => this.base + this.shape.organizations + ordinal;
  personId = (ordinal: number) => this.base + this.shape.organizations + this.shape.models + ordinal;

  /** What kind of entity an id is, and its ordinal within that kind (null for seed entities). */
  locate(id: number): { kind: "ORGANIZATION" | "MODEL" | "PERSON"; ordinal: number } | null {
    const ordinal = id - this.base;
    if (ordinal < 0) return null;
    if (ordinal < this.shape.organizations) return { kind: "ORGANIZATION", ordinal };
    if (ordinal < this.shape.organizations + this.shape.models) return { kind: "MODEL", ordinal: ordinal - this.shape.organizations };
    return { kind: "PERSON", ordinal: ordinal - this.shape.organizations - this.shape.models };
  }

  /** The entity's name as a sentence in a language with this script and tag writes it. */
  nameIn(id: number, script: Script, languageTag: string): string {
    const ordinal = id - this.base;
    if (ordinal < 0) return this.seeds.nameIn(id, languageTag);
    return this.names.get(script)![ordinal];
  }

  name(id: number): string {
    return this.nameIn(id, "latin", "en");
  }

  private planOrganization(o: number): OrgPlan {
    const draw = new Draw(this.seed, STREAM.organization, o);
    const kind = ORG_KINDS[draw.weighted(ORG_KIND_WEIGHTS)];
    return {
      kind,
      brand: brandOf(draw),
      suffix: draw.int(0, ORG_SUFFIXES[kind].length - 1),
      country: draw.pick(COUNTRIES),
      formerBrand: draw.chance(0.25) ? brandOf(draw) : null,
      parentId: null,
    };
  }

  private planModel(m: number, companyZipf: Zipf): ModelPlan {
    const draw = new Draw(this.seed, STREAM.model, m);
    const seedOwner = this.seeds.pickOrganization(draw, 0.3);
    const ownerId = seedOwner ?? this.base + this.companyOrdinals[companyZipf.sample(draw)];
    const status = STATUS_NAMES[draw.weighted(STATUSES)];
    return {
      name: `${draw.pick(MODEL_SERIES)}-${draw.int(1, 9)}${draw.pick(MODEL_SIZES)}`,
      codename: draw.chance(0.7) ? draw.pick(CODENAMES) : null,
      ownerId,
      modality: MODALITY_NAMES[draw.weighted(MODALITIES)],
      status,
      access: ACCESS_NAMES[draw.weighted(ACCESSES)],
      releasedDay: status === "RELEASED" ? draw.int(16_800, 20_450) : null,
    };
  }
}
