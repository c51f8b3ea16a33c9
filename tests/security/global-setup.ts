import { startApiProcess, type ApiProcess } from "../support/api-process";

declare global {
  var __ORCHARD_SECURITY_API__: ApiProcess | undefined;
}

/** The shared target, as a user runs it (`npm start` defaults); the tests read it from ORCHARD_SECURITY_API. */
export const WEB_CLIENT_TOKEN = "security-suite-web-client-token-0123456789";

export default async function globalSetup(): Promise<void> {
  const api = await startApiProcess({
    roles: ["reader", "analyst", "ingest", "admin"],
    // Generated requests come by the thousand from one address: the anonymous bucket must not be what refuses them.
    env: { RATE_LIMIT_ANONYMOUS_CAPACITY: "100000000", RATE_LIMIT_ANONYMOUS_RESTORE_RATE: "10000000", WEB_CLIENT_TOKEN },
  });
  globalThis.__ORCHARD_SECURITY_API__ = api;
  process.env.ORCHARD_SECURITY_API = JSON.stringify({ url: api.url, baseUrl: api.baseUrl, keys: api.keys, logFile: api.logFile, webClientToken: WEB_CLIENT_TOKEN });
}
