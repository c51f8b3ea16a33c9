import type { CandidateStatus, Prisma, PrismaClient } from "../../db/prisma";
import { DiscoveredEntityType, OrganizationKind, ProductKind } from "../../generated/prisma/enums";
import { foldForSearch } from "../../common/text-fold";
import type { LinkingIndexCache } from "../ingest/alias-matcher";
import { aliasKindFor, checkName, defaultName, slugFor } from "./entity-naming";
import { relinkSources } from "./relink";

type Tx = Prisma.TransactionClient;

/** Why a review cannot be applied; `code` is the GraphQL error code it answers with. */
export class EntityReviewError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT",
    message: string,
  ) {
    super(message);
  }
}

export interface ReviewOutcome {
  candidateId: number;
  /** The entity it became or was merged into; null when rejected. */
  entityId: number | null;
  /** Sources whose mentions were recomputed, and the mentions of the entity they now hold. */
  relinked: { sources: number; mentions: number };
}

const MAX_ROW_ID = 2_147_483_647;
const MAX_NOTE_LENGTH = 2000;
/** Accepting re-links every source naming the entity, which can take longer than an ingest. */
const REVIEW_TIMEOUT_MS = 120_000;

function checkId(id: number, what: string): number {
  if (!Number.isInteger(id) || id < 1 || id > MAX_ROW_ID) throw new EntityReviewError("BAD_USER_INPUT", `${what} must be a positive row ID, got ${id}`);
  return id;
}

/** An enum argument from a caller that is not GraphQL (which checks enums itself). */
function checkOneOf<T extends string>(value: T | null | undefined, allowed: Record<string, T>, argument: string): T | null {
  if (value == null) return null;
  if (!Object.values(allowed).includes(value)) throw new EntityReviewError("BAD_USER_INPUT", `\`${argument}\` must be one of ${Object.values(allowed).join(", ")}`);
  return value;
}

/**
 * Marks a pending candidate as reviewed, first thing in the transaction: of two analysts resolving
 * it at once, the second waits on the row and then finds it no longer pending (CONFLICT).
 */
async function claim(tx: Tx, id: number, status: Exclude<CandidateStatus, "PENDING">, reviewNote: string | null = null) {
  const claimed = await tx.entityCandidate.updateMany({ where: { id, status: "PENDING" }, data: { status, reviewNote, reviewedAt: new Date() } });
  if (claimed.count === 0) {
    const existing = await tx.entityCandidate.findUnique({ where: { id }, select: { status: true } });
    if (!existing) throw new EntityReviewError("NOT_FOUND", `There is no entity candidate ${id}.`);
    throw new EntityReviewError("CONFLICT", `Entity candidate ${id} was already reviewed (${existing.status.toLowerCase()}).`);
  }
  return tx.entityCandidate.findUniqueOrThrow({ where: { id }, include: { forms: { orderBy: [{ count: "desc" }, { language: "asc" }, { form: "asc" }] } } });
}

/** The candidate's forms as aliases of the entity (those it already has are kept as they are). */
async function addAliases(tx: Tx, entity: { id: number; name: string }, forms: ReadonlyArray<{ form: string; language: string }>): Promise<void> {
  await tx.alias.createMany({
    data: forms.map((f) => ({ entityId: entity.id, name: f.form, normalized: foldForSearch(f.form), language: f.language, kind: aliasKindFor(f.form, entity.name) })),
    skipDuplicates: true,
  });
}

/** The subtype row of a new entity. Claims nobody has cited yet are UNKNOWN (shown as not reported). */
function subtypeOf(type: DiscoveredEntityType, kinds: { organizationKind?: OrganizationKind | null; productKind?: ProductKind | null }) {
  if (kinds.organizationKind && type !== "ORGANIZATION") throw new EntityReviewError("BAD_USER_INPUT", "`organizationKind` applies to organizations only");
  if (kinds.productKind && type !== "PRODUCT") throw new EntityReviewError("BAD_USER_INPUT", "`productKind` applies to products only");
  switch (type) {
    case "ORGANIZATION":
      return { organization: { create: { kind: kinds.organizationKind ?? "COMPANY" } } };
    case "MODEL":
      return { model: { create: { kind: "MODEL" as const, modality: "OTHER" as const, status: "UNKNOWN" as const, access: "UNKNOWN" as const } } };
    case "PERSON":
      return { person: { create: {} } };
    case "PRODUCT":
      return { product: { create: { kind: kinds.productKind ?? "APP" } } };
  }
}

/**
 * Accepts a candidate as a new entity of its guessed type (or `kind`), named `name` or its most seen
 * Latin-script form, with every form as an alias in its language; then re-links the sources that
 * name it. One transaction: on any refusal nothing is written.
 */
export async function acceptEntityCandidate(options: {
  prisma: PrismaClient;
  linking: LinkingIndexCache;
  id: number;
  name?: string | null;
  kind?: DiscoveredEntityType | null;
  organizationKind?: OrganizationKind | null;
  productKind?: ProductKind | null;
}): Promise<ReviewOutcome> {
  const id = checkId(options.id, "`id`");
  const kinds = {
    kind: checkOneOf(options.kind, DiscoveredEntityType, "kind"),
    organizationKind: checkOneOf(options.organizationKind, OrganizationKind, "organizationKind"),
    productKind: checkOneOf(options.productKind, ProductKind, "productKind"),
  };
  const given = options.name == null ? null : checkName(options.name);
  if (given && "problem" in given) throw new EntityReviewError("BAD_USER_INPUT", given.problem);
  return options.prisma.$transaction(
    async (tx) => {
      const candidate = await claim(tx, id, "ACCEPTED");
      const name = given?.name ?? defaultName(candidate.forms) ?? candidate.key;
      const slug = slugFor(name);
      if (!slug) throw new EntityReviewError("BAD_USER_INPUT", `"${name}" gives no slug (a kebab-case English name): give \`name\` in Latin script`);
      const taken = await tx.entity.findUnique({ where: { slug }, select: { name: true } });
      if (taken) throw new EntityReviewError("CONFLICT", `The entity "${slug}" (${taken.name}) exists already: merge the candidate into it, or give another name.`);
      const type = kinds.kind ?? candidate.type;
      const entity = await tx.entity.create({
        data: { slug, kind: type, name, normalizedName: foldForSearch(name), ...subtypeOf(type, kinds) },
        select: { id: true, name: true },
      });
      await addAliases(tx, entity, candidate.forms);
      const relinked = await relinkSources({ tx, linking: options.linking, entityId: entity.id, names: [name, ...candidate.forms.map((f) => f.form)] });
      await tx.entityCandidate.update({ where: { id }, data: { entityId: entity.id } });
      return { candidateId: id, entityId: entity.id, relinked };
    },
    { timeout: REVIEW_TIMEOUT_MS },
  );
}

/** Merges a candidate into a known entity: its forms become that entity's aliases, and the sources naming them are re-linked. */
export async function mergeEntityCandidate(options: { prisma: PrismaClient; linking: LinkingIndexCache; id: number; entityId: number }): Promise<ReviewOutcome> {
  const id = checkId(options.id, "`id`");
  const entityId = checkId(options.entityId, "`entityId`");
  return options.prisma.$transaction(
    async (tx) => {
      const candidate = await claim(tx, id, "MERGED");
      const entity = await tx.entity.findUnique({ where: { id: entityId }, select: { id: true, name: true } });
      if (!entity) throw new EntityReviewError("NOT_FOUND", `There is no entity ${entityId} to merge into.`);
      await addAliases(tx, entity, candidate.forms);
      const relinked = await relinkSources({ tx, linking: options.linking, entityId, names: candidate.forms.map((f) => f.form) });
      await tx.entityCandidate.update({ where: { id }, data: { entityId } });
      return { candidateId: id, entityId, relinked };
    },
    { timeout: REVIEW_TIMEOUT_MS },
  );
}

/** Rejects a candidate: it never becomes an entity, and later documents naming it do not re-open it. */
export async function rejectEntityCandidate(options: { prisma: PrismaClient; id: number; note?: string | null }): Promise<ReviewOutcome> {
  const id = checkId(options.id, "`id`");
  const note = options.note?.trim() || null;
  if (note && note.length > MAX_NOTE_LENGTH) throw new EntityReviewError("BAD_USER_INPUT", `\`note\` must be at most ${MAX_NOTE_LENGTH} characters`);
  return options.prisma.$transaction(async (tx) => {
    await claim(tx, id, "REJECTED", note);
    return { candidateId: id, entityId: null, relinked: { sources: 0, mentions: 0 } };
  });
}

/** One page of candidates with a status (and type), most seen first: the next read for an analyst. */
export async function listEntityCandidates(options: { prisma: PrismaClient; status: CandidateStatus; type?: DiscoveredEntityType | null; offset: number; take: number }) {
  const where: Prisma.EntityCandidateWhereInput = { status: options.status, ...(options.type ? { type: options.type } : {}) };
  const rows = await options.prisma.entityCandidate.findMany({
    where,
    orderBy: [{ documentCount: "desc" }, { mentionCount: "desc" }, { id: "asc" }],
    skip: options.offset,
    take: options.take,
  });
  return { rows, count: () => options.prisma.entityCandidate.count({ where }) };
}
