"use server";

import {
  addServiceAction,
  changeCaseStatusAction,
  openCaseAction,
  sealSearchAction,
  updateCaseAction,
} from "@/lib/cases/actions";
import { runAction } from "@/lib/safe-action";

export async function openCase(input: unknown) {
  return runAction(openCaseAction, input);
}

export async function updateCase(input: unknown) {
  return runAction(updateCaseAction, input);
}

export async function changeCaseStatus(input: unknown) {
  return runAction(changeCaseStatusAction, input);
}

export async function addService(input: unknown) {
  return runAction(addServiceAction, input);
}

export async function sealSearch(input: unknown) {
  return runAction(sealSearchAction, input);
}
