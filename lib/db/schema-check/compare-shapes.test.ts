import { describe, expect, it } from "vitest";
import { compareShapes } from "./compare-shapes";
import { expectedShape, type DmmfDatamodel } from "./expected-shape";
import type { DatabaseShape } from "./shape";

const datamodel: DmmfDatamodel = {
  enums: [{ name: "Role", values: [{ name: "viewer" }, { name: "admin" }] }],
  models: [
    {
      name: "Thing",
      dbName: null,
      fields: [
        { name: "id", kind: "scalar", type: "String", isList: false, isRequired: true, nativeType: ["Uuid", []] },
        { name: "at", kind: "scalar", type: "DateTime", isList: false, isRequired: false, nativeType: ["Timestamptz", ["3"]] },
        { name: "tags", kind: "scalar", type: "String", isList: true, isRequired: true },
        { name: "role", kind: "enum", type: "Role", isList: false, isRequired: true },
        { name: "ownerId", kind: "scalar", type: "String", isList: false, isRequired: true, nativeType: ["Uuid", []] },
        { name: "owner", kind: "object", type: "Owner", isList: false, isRequired: true, relationFromFields: ["ownerId"], relationToFields: ["id"] },
      ],
    },
    { name: "Owner", dbName: "owners", fields: [{ name: "id", kind: "scalar", type: "String", isList: false, isRequired: true, nativeType: ["Uuid", []] }] },
  ],
  indexes: [
    { model: "Thing", type: "id", fields: [{ name: "id" }] },
    { model: "Thing", type: "normal", fields: [{ name: "at", sortOrder: "desc" }, { name: "id" }] },
    { model: "Thing", type: "unique", fields: [{ name: "role" }, { name: "ownerId" }] },
    { model: "Owner", type: "id", fields: [{ name: "id" }] },
  ],
};

const matching: DatabaseShape = {
  enums: { Role: ["viewer", "admin"] },
  tables: {
    Thing: {
      columns: {
        id: { type: "uuid", nullable: false },
        at: { type: "timestamp(3) with time zone", nullable: true },
        tags: { type: "text[]", nullable: true },
        role: { type: '"Role"', nullable: false },
        ownerId: { type: "uuid", nullable: false },
      },
      indexes: [
        { name: "Thing_pkey", kind: "primary", columns: ["id"] },
        { name: "Thing_at_id_idx", kind: "index", columns: ["at DESC", "id"] },
        { name: "Thing_role_ownerId_key", kind: "unique", columns: ["role", "ownerId"] },
      ],
      foreignKeys: [{ name: "Thing_ownerId_fkey", columns: ["ownerId"], references: "owners", referencedColumns: ["id"], onDelete: "RESTRICT" }],
    },
    owners: { columns: { id: { type: "uuid", nullable: false } }, indexes: [{ name: "owners_pkey", kind: "primary", columns: ["id"] }], foreignKeys: [] },
  },
};

describe("schema check", () => {
  it("derives Prisma's Postgres types, nullability and default names from the DMMF", () => {
    expect(expectedShape(datamodel)).toEqual(matching);
    expect(compareShapes(expectedShape(datamodel), matching)).toEqual([]);
  });

  it("names each difference", () => {
    const drifted = structuredClone(matching);
    drifted.tables.Thing!.columns.at = { type: "timestamp(3) without time zone", nullable: false };
    drifted.tables.Thing!.indexes[1] = { name: "Thing_at_id_idx", kind: "index", columns: ["at", "id"] };
    drifted.tables.Thing!.indexes[2]!.name = "thing_unique";
    delete drifted.tables.owners;
    drifted.enums.Role = ["viewer"];
    expect(compareShapes(expectedShape(datamodel), drifted)).toEqual([
      "Thing.at: type is timestamp(3) without time zone, schema.prisma says timestamp(3) with time zone",
      "Thing.at: is NOT NULL, schema.prisma says nullable",
      "Thing: index Thing_at_id_idx index (at DESC, id) is missing from the database",
      "Thing: index unique (role, ownerId) is named thing_unique, schema.prisma expects Thing_role_ownerId_key",
      "Thing: index Thing_at_id_idx index (at, id) is not in schema.prisma",
      "owners: table is missing from the database",
      "enum Role has (viewer), schema.prisma says (viewer, admin)",
    ]);
  });
});
