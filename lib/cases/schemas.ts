import { z } from "zod";

import {
  choice,
  country,
  idempotencyKey,
  optionalChoice,
  optionalCountry,
  optionalDay,
  optionalText,
  pastDay,
  requiredText,
  version,
} from "@/lib/forms/fields";
import {
  CaseStatus,
  ControlMethod,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  RecruitmentMethod,
  RiskLevel,
  ServiceType,
  SexExploitationType,
  TraffickingStatus,
} from "@/lib/generated/prisma/enums";
import { isCurrency, toMinorUnits } from "@/lib/money/currency";

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
  // HTCDS victim context (docs/htcds.md): optional, so a caller that does not send them
  // leaves them as they are.
  traffickingStatus: optionalChoice(TraffickingStatus).optional(),
  recruitmentMethods: choices(RecruitmentMethod).optional(),
  recruitmentCountry: optionalCountry.optional(),
  controlMethods: choices(ControlMethod).optional(),
  sexExploitationTypes: choices(SexExploitationType).optional(),
});

// A multi-select: each value once, from the vocabulary.
function choices<T extends Record<string, string>>(values: T) {
  const all = Object.values(values).length;
  return z
    .array(choice(values), "invalidChoice")
    .max(all, "invalidChoice")
    .transform((list) => [...new Set(list)]);
}

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

function checkSexExploitationTypes(
  value: { kind: string; exploitationTypes?: string[]; sexExploitationTypes?: string[] },
  ctx: z.RefinementCtx,
) {
  if (value.kind !== "VOT" || !value.sexExploitationTypes?.length) return;
  if (!value.exploitationTypes?.includes("SEXUAL"))
    ctx.addIssue({
      code: "custom",
      path: ["sexExploitationTypes"],
      message: "sexTypesNeedSexualExploitation",
    });
}

function checkVotFields(value: Parameters<typeof checkLabourSector>[0], ctx: z.RefinementCtx) {
  checkLabourSector(value, ctx);
  checkSexExploitationTypes(value, ctx);
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
  VOT: votFields.extend(openFields).superRefine(checkVotFields),
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
  VOT: votFields.extend(editFields).superRefine(checkVotFields),
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

export const addServiceSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    type: choice(ServiceType),
    deliveredOn: pastDay,
    provider: optionalText(200),
    amount: z.string().trim().max(20, "tooLong"),
    currency: z.string().trim().toUpperCase(),
    note: optionalText(2000),
    idempotencyKey,
  })
  .superRefine((value, ctx) => {
    if (!value.amount && !value.currency) return;
    if (!isCurrency(value.currency))
      ctx.addIssue({
        code: "custom",
        path: ["currency"],
        message: value.currency ? "invalidChoice" : "required",
      });
    else if (!value.amount) ctx.addIssue({ code: "custom", path: ["amount"], message: "required" });
    else if (toMinorUnits(value.amount, value.currency) === null)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "invalidAmount" });
  });
export type AddServiceInput = z.input<typeof addServiceSchema>;

// The case list's search box (sealed before it goes into the URL).
export const sealSearchSchema = z.object({
  text: z.string().trim().min(1, "required").max(100, "tooLong"),
});

// A supervisor gives cases to a colleague of the office: each case with the version the
// supervisor saw (a case changed meanwhile refuses the whole batch), at most a page of them.
export const reassignCasesSchema = z.object({
  cases: z
    .array(z.object({ caseId: z.uuid("invalidChoice"), version }), "invalidChoice")
    .min(1, "required")
    .max(100, "tooLong")
    .refine((cases) => new Set(cases.map((item) => item.caseId)).size === cases.length, {
      message: "invalidChoice",
    }),
  assigneeId: z.uuid("invalidChoice"),
  idempotencyKey,
});
export type ReassignCasesInput = z.input<typeof reassignCasesSchema>;
