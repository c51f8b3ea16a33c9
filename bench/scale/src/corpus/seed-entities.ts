import { HEADLINE_SHARES, OTHER_SEED_SHARE } from "./shape";
import type { Draw } from "./prng";

/**
 * The real knowledge base already in the database (loaded by Orchard's seed): generated events,
 * roles and models attach to its entities, and sources name them the way the seed's aliases do.
 */
export interface SeedEntity {
  id: number;
  slug: string;
  kind: string;
  orgKind: string | null;
  name: string;
  /** A model's owner (null for other entities). */
  ownerId: number | null;
  /** The seed's alias per language tag (zh-Hans: 扎克伯格…), for sentences in that language. */
  names: Record<string, string>;
}

export class SeedEntities {
  readonly byId = new Map<number, SeedEntity>();
  readonly headline: { id: number; share: number }[];
  readonly companies: SeedEntity[];
  readonly outlets: SeedEntity[];
  readonly models: SeedEntity[];
  readonly people: SeedEntity[];
  readonly organizations: SeedEntity[];

  constructor(entities: SeedEntity[]) {
    for (const entity of entities) this.byId.set(entity.id, entity);
    const bySlug = new Map(entities.map((entity) => [entity.slug, entity]));
    this.headline = HEADLINE_SHARES.map(([slug, share]) => {
      const entity = bySlug.get(slug);
      if (!entity) throw new Error(`the seed knowledge base has no entity "${slug}": load it first (Orchard's seed) before generating`);
      return { id: entity.id, share };
    });
    this.organizations = entities.filter((entity) => entity.kind === "ORGANIZATION" && entity.orgKind !== "MEDIA_OUTLET");
    this.companies = entities.filter((entity) => entity.orgKind === "COMPANY");
    this.outlets = entities.filter((entity) => entity.orgKind === "MEDIA_OUTLET");
    this.models = entities.filter((entity) => entity.kind === "MODEL");
    this.people = entities.filter((entity) => entity.kind === "PERSON");
    if (!this.companies.length || !this.models.length || !this.people.length)
      throw new Error("the seed knowledge base lacks companies, models or people: load it first (Orchard's seed)");
  }

  /**
   * An organisation for a slot where the news is about a company: one of the headline companies
   * with their shares (scaled by `weight`, as events have more than one organisation slot), another
   * seed organisation with a small share, else null (a generated organisation).
   */
  pickOrganization(draw: Draw, weight: number): number | null {
    let threshold = draw.next();
    for (const { id, share } of this.headline) {
      threshold -= share * weight;
      if (threshold < 0) return id;
    }
    if (threshold < OTHER_SEED_SHARE * weight) return draw.pick(this.organizations).id;
    return null;
  }

  /** The entity's name as a sentence in `language` writes it. */
  nameIn(id: number, language: string): string {
    const entity = this.byId.get(id)!;
    return entity.names[language] ?? entity.name;
  }
}
