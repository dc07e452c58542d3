"use server";

import { addService } from "@/lib/cases/add-service";
import { changeCaseStatus } from "@/lib/cases/change-case-status";
import { openCase } from "@/lib/cases/open-case";
import { reassignCases } from "@/lib/cases/reassign-cases";
import {
  addServiceSchema,
  changeCaseStatusSchema,
  openCaseSchema,
  reassignCasesSchema,
  sealSearchSchema,
  updateCaseSchema,
} from "@/lib/cases/schemas";
import { sealSearch } from "@/lib/cases/seal-search";
import { updateCase } from "@/lib/cases/update-case";
import { serverAction } from "@/lib/safe-action";

export const openCaseAction = serverAction({
  schema: openCaseSchema,
  permission: "case:write",
  handler: openCase,
});
export const updateCaseAction = serverAction({
  schema: updateCaseSchema,
  permission: "case:write",
  handler: updateCase,
});
export const changeCaseStatusAction = serverAction({
  schema: changeCaseStatusSchema,
  permission: "case:write",
  handler: changeCaseStatus,
});
export const addServiceAction = serverAction({
  schema: addServiceSchema,
  permission: "case:write",
  handler: addService,
});
export const sealSearchAction = serverAction({
  schema: sealSearchSchema,
  permission: "case:read",
  handler: sealSearch,
});
export const reassignCasesAction = serverAction({
  schema: reassignCasesSchema,
  permission: "case:reassign",
  handler: reassignCases,
  revalidate: "/cases",
});
