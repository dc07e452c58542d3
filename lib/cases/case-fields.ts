import type { OpenCaseInput, UpdateCaseInput } from "@/lib/cases/schemas";
import { toDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

type KindInput = OpenCaseInput | UpdateCaseInput;
type KindColumns = Partial<
  Pick<
    Prisma.CaseUncheckedCreateInput,
    | "migrantCategory"
    | "returnCountry"
    | "plannedDepartureOn"
    | "travelDetails"
    | "originCountry"
    | "avrCaseId"
    | "needsAssessment"
    | "identifiedOn"
    | "identifiedBy"
    | "exploitationTypes"
    | "labourSector"
    | "exploitationCountry"
    | "riskLevel"
    | "traffickingStatus"
    | "recruitmentMethods"
    | "recruitmentCountry"
    | "controlMethods"
    | "sexExploitationTypes"
  >
>;
const dayOrNull = (value: string | null) => (value ? toDay(value) : null);

// The columns a case's kind-specific form writes; other kinds' columns stay null.
export function kindColumns(input: KindInput, avrCaseId: string | null): KindColumns {
  switch (input.kind) {
    case "AVR":
      return {
        migrantCategory: input.migrantCategory,
        returnCountry: input.returnCountry,
        plannedDepartureOn: dayOrNull(input.plannedDepartureOn),
        travelDetails: input.travelDetails,
      };
    case "REINTEGRATION":
      return {
        originCountry: input.originCountry,
        avrCaseId,
        needsAssessment: input.needsAssessment,
      };
    case "VOT":
      return {
        identifiedOn: toDay(input.identifiedOn),
        identifiedBy: input.identifiedBy,
        exploitationTypes: input.exploitationTypes,
        labourSector: input.labourSector,
        exploitationCountry: input.exploitationCountry,
        riskLevel: input.riskLevel,
        ...htcdsColumns(input),
      };
  }
}

type VotInput = Extract<KindInput, { kind: "VOT" }>;

// The HTCDS victim context: a field the input leaves out is left as it is.
function htcdsColumns(input: VotInput): KindColumns {
  const columns: KindColumns = {};
  if (input.traffickingStatus !== undefined) columns.traffickingStatus = input.traffickingStatus;
  if (input.recruitmentMethods !== undefined) columns.recruitmentMethods = input.recruitmentMethods;
  if (input.recruitmentCountry !== undefined) columns.recruitmentCountry = input.recruitmentCountry;
  if (input.controlMethods !== undefined) columns.controlMethods = input.controlMethods;
  if (input.sexExploitationTypes !== undefined)
    columns.sexExploitationTypes = input.sexExploitationTypes;
  return columns;
}
