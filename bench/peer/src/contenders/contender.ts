import { TO_ORCHARD_SHAPE } from "../postgraphile/to-orchard";
import { POSTGRAPHILE_DOCUMENTS } from "../postgraphile/documents";
import type { BenchRequest } from "../requests";
import type { ServerProcess } from "./process";

/** A running server plus how to ask it each request and read its answer in Orchard's shape. */
export interface Contender {
  name: string;
  server: ServerProcess;
  /** The POST body for a request (the same bytes during the check and under load). */
  body(request: BenchRequest): string;
  /** The answer's `data` in Orchard's shape. */
  toOrchardShape(data: unknown, request: BenchRequest): unknown;
}

/** Orchard and the floor take Orchard's documents and answer in Orchard's shape. */
export function orchardStyle(server: ServerProcess): Contender {
  return {
    name: server.name,
    server,
    body: (request) => JSON.stringify({ query: request.query, variables: request.variables }),
    toOrchardShape: (data) => data,
  };
}

export function postgraphileStyle(server: ServerProcess): Contender {
  return {
    name: server.name,
    server,
    body: (request) => {
      const document = POSTGRAPHILE_DOCUMENTS[request.name];
      return JSON.stringify({ query: document.query, variables: document.variables(request.variables) });
    },
    toOrchardShape: (data, request) => TO_ORCHARD_SHAPE[request.name](data, request.variables),
  };
}
