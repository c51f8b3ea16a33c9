import { boundedArgument, type ListBounds } from "../../common/list-bounds";

// The lists an organization's page holds, bounded whatever the data: by default, and at most.

/** `Organization.roles` (`roleCount` says how many there are). */
export const ORGANIZATION_ROLES: ListBounds = { default: 100, max: 500 };
/** `Company.models` (`modelCount` says how many there are). */
export const COMPANY_MODELS: ListBounds = { default: 50, max: 500 };

/** `first` of the field `field` checked against its bounds; null means the default. */
export function listLimit(field: string, first: number | null | undefined, bounds: ListBounds): number {
  return boundedArgument({ field, argument: "first", value: first, bounds });
}
