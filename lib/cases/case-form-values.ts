import { randomUUID } from "node:crypto";

import type { CaseDetail } from "@/lib/cases/get-case";
import { formatDay, today } from "@/lib/dates";
import type { CaseKind } from "@/lib/generated/prisma/enums";

type Values = Record<string, string | string[] | number | boolean | null>;

const blankKindFields: Record<CaseKind, Values> = {
  AVR: { migrantCategory: "", returnCountry: "", plannedDepartureOn: "", travelDetails: "" },
  REINTEGRATION: { originCountry: "", avrCaseRef: "", needsAssessment: "" },
  VOT: {
    identifiedOn: "",
    identifiedBy: "",
    exploitationTypes: [],
    labourSector: "",
    exploitationCountry: "",
    riskLevel: "",
    traffickingStatus: "",
    recruitmentMethods: [],
    recruitmentCountry: "",
    controlMethods: [],
    sexExploitationTypes: [],
  },
};

export function newCaseValues(
  kind: CaseKind,
  beneficiaryId: string,
  projectId: string | null,
): Values {
  return {
    kind,
    beneficiaryId,
    projectId: projectId ?? "",
    openedOn: formatDay(today()),
    idempotencyKey: randomUUID(),
    ...blankKindFields[kind],
  };
}

// The edit form starts from the stored case; dates become YYYY-MM-DD strings.
export function editCaseValues(record: CaseDetail): Values {
  const stored: Record<CaseKind, Values> = {
    AVR: {
      migrantCategory: record.migrantCategory ?? "",
      returnCountry: record.returnCountry ?? "",
      plannedDepartureOn: formatDay(record.plannedDepartureOn),
      travelDetails: record.travelDetails ?? "",
    },
    REINTEGRATION: {
      originCountry: record.originCountry ?? "",
      avrCaseRef: record.avrCase?.ref ?? "",
      needsAssessment: record.needsAssessment ?? "",
    },
    VOT: {
      identifiedOn: formatDay(record.identifiedOn),
      identifiedBy: record.identifiedBy ?? "",
      exploitationTypes: record.exploitationTypes,
      labourSector: record.labourSector ?? "",
      exploitationCountry: record.exploitationCountry ?? "",
      riskLevel: record.riskLevel ?? "",
      traffickingStatus: record.traffickingStatus ?? "",
      recruitmentMethods: record.recruitmentMethods ?? [],
      recruitmentCountry: record.recruitmentCountry ?? "",
      controlMethods: record.controlMethods ?? [],
      sexExploitationTypes: record.sexExploitationTypes ?? [],
    },
  };
  return {
    kind: record.kind,
    caseId: record.id,
    version: record.version,
    projectId: record.projectId,
    openedOn: formatDay(record.openedOn),
    ...stored[record.kind],
  };
}
