import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { sealBeneficiarySearch } from "@/lib/beneficiaries/beneficiary-search-token";
import type { sealBeneficiarySearchSchema } from "@/lib/beneficiaries/schemas";

// The registry's search form asks for its token here before it writes the URL.
export async function sealBeneficiarySearchInput(
  actor: Actor,
  input: z.output<typeof sealBeneficiarySearchSchema>,
) {
  assertCan(actor, "beneficiary:read");
  return sealBeneficiarySearch({ text: input.text, birthDate: input.birthDate }, actor.id);
}
