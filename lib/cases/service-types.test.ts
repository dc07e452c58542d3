import { describe, expect, it } from "vitest";

import { isServiceTypeAllowed, serviceTypesFor } from "@/lib/cases/service-types";
import { CaseKind, ServiceType } from "@/lib/generated/prisma/enums";

describe("serviceTypesFor", () => {
  it("offers all 13 types on an AVR case, return travel included", () => {
    expect(serviceTypesFor("AVR")).toStrictEqual(Object.values(ServiceType));
    expect(serviceTypesFor("AVR")).toHaveLength(13);
  });

  it.each(["VOT", "REINTEGRATION"] as const)(
    "offers the 12 types other than return travel on a %s case",
    (kind) => {
      expect(serviceTypesFor(kind)).toHaveLength(12);
      expect(serviceTypesFor(kind)).not.toContain("RETURN_TRAVEL");
    },
  );

  it("offers exactly what the server's rule allows, for every kind and type", () => {
    for (const kind of Object.values(CaseKind))
      for (const type of Object.values(ServiceType))
        expect(serviceTypesFor(kind).includes(type)).toBe(isServiceTypeAllowed(kind, type));
  });
});
