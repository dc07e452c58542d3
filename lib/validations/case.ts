import { z } from "zod";

import {
  CaseStatus,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  RiskLevel,
} from "@/lib/generated/prisma/enums";
import {
  choice,
  country,
  idempotencyKey,
  optionalChoice,
  optionalDay,
  optionalText,
  pastDay,
  requiredText,
  version,
} from "@/lib/validations/common";

// The kind-specific fields of a case, as the forms and the server both validate them.
const avrFields = z.object({
  kind: z.literal("AVR"),
  migrantCategory: choice(MigrantCategory),
  returnCountry: country,
  plannedDepartureOn: optionalDay,
  travelDetails: optionalText(2000),
});

const reintegrationFields = z.object({
  kind: z.literal("REINTEGRATION"),
  originCountry: country,
  avrCaseRef: z
    .string()
    .trim()
    .toUpperCase()
    .max(60, "tooLong")
    .transform((value) => value || null)
    .nullable(),
  needsAssessment: optionalText(4000),
});

const votFields = z.object({
  kind: z.literal("VOT"),
  identifiedOn: pastDay,
  identifiedBy: requiredText(200),
  exploitationTypes: z.array(choice(ExploitationType), "required").min(1, "required"),
  labourSector: optionalChoice(LabourSector),
  exploitationCountry: country,
  riskLevel: choice(RiskLevel),
});

function checkLabourSector(
  value: { kind: string; exploitationTypes?: string[]; labourSector?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.kind !== "VOT") return;
  const isForcedLabour = value.exploitationTypes?.includes("FORCED_LABOUR") ?? false;
  if (isForcedLabour && !value.labourSector)
    ctx.addIssue({ code: "custom", path: ["labourSector"], message: "required" });
  if (!isForcedLabour && value.labourSector)
    ctx.addIssue({
      code: "custom",
      path: ["labourSector"],
      message: "labourSectorNeedsForcedLabour",
    });
}

const openFields = {
  beneficiaryId: z.uuid("invalidChoice"),
  projectId: z.uuid("invalidChoice"),
  openedOn: pastDay,
  idempotencyKey,
};
const editFields = {
  caseId: z.uuid("invalidChoice"),
  version,
  projectId: z.uuid("invalidChoice"),
  openedOn: pastDay,
};

export const openCaseSchemas = {
  AVR: avrFields.extend(openFields),
  REINTEGRATION: reintegrationFields.extend(openFields),
  VOT: votFields.extend(openFields).superRefine(checkLabourSector),
};
export const openCaseSchema = z.discriminatedUnion("kind", [
  openCaseSchemas.AVR,
  openCaseSchemas.REINTEGRATION,
  openCaseSchemas.VOT,
]);
export type OpenCaseInput = z.output<typeof openCaseSchema>;

export const updateCaseSchemas = {
  AVR: avrFields.extend(editFields),
  REINTEGRATION: reintegrationFields.extend(editFields),
  VOT: votFields.extend(editFields).superRefine(checkLabourSector),
};
export const updateCaseSchema = z.discriminatedUnion("kind", [
  updateCaseSchemas.AVR,
  updateCaseSchemas.REINTEGRATION,
  updateCaseSchemas.VOT,
]);
export type UpdateCaseInput = z.output<typeof updateCaseSchema>;

export const changeCaseStatusSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    version,
    toStatus: choice(CaseStatus),
    effectiveOn: pastDay,
    reason: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.toStatus === "CLOSED" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
export type ChangeCaseStatusInput = z.input<typeof changeCaseStatusSchema>;
