"use server";

import {
  handOverCaseAction,
  recordConsentAction,
  setLegalHoldAction,
  withdrawConsentAction,
} from "@/lib/consent/actions";
import { runAction } from "@/lib/safe-action";

export async function recordConsent(input: unknown) {
  return runAction(recordConsentAction, input);
}

export async function withdrawConsent(input: unknown) {
  return runAction(withdrawConsentAction, input);
}

export async function handOverCase(input: unknown) {
  return runAction(handOverCaseAction, input);
}

export async function setLegalHold(input: unknown) {
  return runAction(setLegalHoldAction, input);
}
