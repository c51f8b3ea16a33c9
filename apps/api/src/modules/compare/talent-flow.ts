import { groupBy } from "../../common/group-by";
import type { EntityNode } from "../../common/nodes";
import type { CompareRole } from "./compare.queries";

export interface Move {
  left: CompareRole;
  joined: CompareRole;
  fromCompany: EntityNode;
  toCompany: EntityNode;
}

/**
 * Moves between compared companies, derived from dated roles as of the comparison's day: a role at
 * one company that had ended by then (its end reported), followed, in the order the sources give the
 * person's roles (`position`), by a role at another compared company that had begun by then. One move
 * per person, role left and destination company: the first role taken there. Roles the person held
 * before the one left are never a destination, so a return to an earlier employer is not read
 * backwards (Clara Shih went from Salesforce to Meta).
 */
export function deriveMoves(roles: readonly CompareRole[], companyOfOrg: ReadonlyMap<number, EntityNode>): Move[] {
  const moves: Move[] = [];
  for (const held of groupBy(roles, (role) => role.personId).values()) {
    const ordered = [...held].sort((a, b) => a.position - b.position || a.id - b.id);
    for (const [index, left] of ordered.entries()) {
      const fromCompany = companyOfOrg.get(left.organizationId);
      if (!fromCompany || !left.ended) continue;
      const firstJoined = new Map<number, CompareRole>();
      for (const joined of ordered.slice(index + 1)) {
        const toCompany = companyOfOrg.get(joined.organizationId);
        const started = joined.isCurrent || joined.ended;
        if (!toCompany || toCompany.entityId === fromCompany.entityId || !started || firstJoined.has(toCompany.entityId)) continue;
        firstJoined.set(toCompany.entityId, joined);
      }
      for (const joined of firstJoined.values()) moves.push({ left, joined, fromCompany, toCompany: companyOfOrg.get(joined.organizationId)! });
    }
  }
  const endOf = (move: Move) => move.left.endDate?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return moves.sort((a, b) => endOf(a) - endOf(b) || a.left.person.name.localeCompare(b.left.person.name));
}
