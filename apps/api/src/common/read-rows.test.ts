import { entityRowFromJson, type EntityJson } from "./read-rows";

const model: EntityJson = {
  id: 80,
  slug: "avocado",
  name: "Avocado",
  description: null,
  orgKind: null,
  country: null,
  parentId: null,
  modelKind: "MODEL",
  familyId: null,
  modality: "TEXT",
  status: "IN_DEVELOPMENT",
  access: "UNKNOWN",
  developerId: 3,
  ownerId: 1,
  releasedText: "2026",
  releasedStart: "2026-01-01",
  releasedEnd: "2026-12-31",
  releasedPrecision: "YEAR",
  productKind: null,
  productOwnerId: null,
  productDeveloperId: null,
  facilityKind: null,
  facilityOwnerId: null,
  facilityLocation: null,
  facilityCountry: null,
};

describe("entityRowFromJson", () => {
  it("turns the release days JSON renders as text back into the UTC midnights the driver gives", () => {
    const row = entityRowFromJson(model);
    expect(row.releasedStart).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(row.releasedEnd).toEqual(new Date("2026-12-31T00:00:00Z"));
    expect({ ...row, releasedStart: undefined, releasedEnd: undefined }).toEqual({ ...model, releasedStart: undefined, releasedEnd: undefined });
  });

  it("keeps missing days missing", () => {
    const row = entityRowFromJson({ ...model, releasedStart: null, releasedEnd: null });
    expect(row.releasedStart).toBeNull();
    expect(row.releasedEnd).toBeNull();
  });
});
