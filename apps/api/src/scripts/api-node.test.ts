import fs from "node:fs";
import { apiNodeBinary } from "./api-node";

const postgres = { API_NODE: "24" as const, DATABASE_URL: "postgresql://orchard@localhost/orchard" };

describe("apiNodeBinary", () => {
  it("re-runs the API on PostgreSQL under the installed Node 24", () => {
    const binary = apiNodeBinary(postgres, {});
    if (Number(process.versions.node.split(".")[0]) >= 24) return expect(binary).toBeNull();
    expect(binary).toMatch(/node24[\\/]bin[\\/]node$/);
    expect(fs.existsSync(binary!)).toBe(true);
  });

  it("keeps the current Node for the embedded PGlite, when asked to, and inside the re-run process", () => {
    expect(apiNodeBinary({ ...postgres, DATABASE_URL: undefined }, {})).toBeNull();
    expect(apiNodeBinary({ ...postgres, API_NODE: "current" }, {})).toBeNull();
    expect(apiNodeBinary(postgres, { ORCHARD_API_NODE_CHILD: "1" })).toBeNull();
  });
});
