import { describe, expect, it } from "vitest";

import { ServiceType } from "@/lib/generated/prisma/enums";
import messages from "@/lib/i18n/messages/en.json";
import {
  isReintegrationServiceType,
  REINTEGRATION_SERVICE_TYPES,
  SERVICE_TYPES,
  vocabularies,
} from "@/lib/vocabulary";

describe("vocabulary", () => {
  it.each(Object.entries(vocabularies))(
    "every value of %s has a label under vocabulary.<Name> in the catalogue, and nothing else",
    (name, values) => {
      const labels = (messages.vocabulary as Record<string, Record<string, string>>)[name];
      expect(Object.keys(labels ?? {}).sort()).toStrictEqual(Object.values(values).sort());
    },
  );

  it("lists the service types in the database's declared order", () => {
    expect(SERVICE_TYPES).toStrictEqual(Object.values(ServiceType));
  });

  it("knows REPORT_SPEC's six reintegration service types, and only those", () => {
    expect(REINTEGRATION_SERVICE_TYPES).toStrictEqual([
      "EMPLOYMENT",
      "INCOME_GENERATION",
      "EDUCATION",
      "VOCATIONAL_TRAINING",
      "SMALL_BUSINESS",
      "ACCESS_TO_SERVICES",
    ]);
    expect(SERVICE_TYPES.filter(isReintegrationServiceType)).toStrictEqual([
      ...REINTEGRATION_SERVICE_TYPES,
    ]);
    expect(isReintegrationServiceType("RETURN_TRAVEL")).toBe(false);
  });
});
