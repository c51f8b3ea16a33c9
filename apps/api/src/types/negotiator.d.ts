declare module "negotiator" {
  /** The HTTP content negotiation Apollo Server itself uses (only what Orchard calls). */
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    mediaType(available?: string[]): string | undefined;
  }
}
