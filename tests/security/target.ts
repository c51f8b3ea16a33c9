import type { KeyRole } from "../support/api-process";

/** The API started by global-setup.ts. */
export interface SecurityTarget {
  url: string;
  baseUrl: string;
  keys: Record<KeyRole, string>;
  logFile: string;
  webClientToken: string;
}

export function target(): SecurityTarget {
  const raw = process.env.ORCHARD_SECURITY_API;
  if (!raw) throw new Error("ORCHARD_SECURITY_API is not set: run these tests with tests/security/jest.config.js");
  return JSON.parse(raw) as SecurityTarget;
}

/** Nothing an error says may reveal the server's internals: stack frames, file paths, SQL. */
export const LEAK = /stacktrace|node_modules|\/work\/|\/home\/|\/apps\/api|\bat [\w.<>]+ \(|prisma|SELECT |invalid input syntax|violates|\bSQL/i;
