import { badUserInput } from "./global-id";

/** A count argument's bounds: its value when absent, and the most it may ask. */
export interface ListBounds {
  default: number;
  max: number;
}

/**
 * `field(argument:)` (or a list's own `argument`) checked against its bounds (1 to `max`); absent means the default. Lists take
 * `first`, counts `upTo`: the same rule, and the same BAD_USER_INPUT naming the argument.
 */
export function boundedArgument(options: { field?: string; argument: string; value: number | null | undefined; bounds: ListBounds }): number {
  const { field, argument, value, bounds } = options;
  if (value == null) return bounds.default;
  if (!Number.isInteger(value) || value < 1 || value > bounds.max) {
    const named = field ? `${field}(${argument}:)` : `\`${argument}\``;
    throw badUserInput(`${named} must be between 1 and ${bounds.max}, got ${value}`, { argument });
  }
  return value;
}
