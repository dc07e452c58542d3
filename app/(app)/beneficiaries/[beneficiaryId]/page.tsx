import { notFound } from "next/navigation";

import { BeneficiaryProfile } from "@/components/beneficiaries/beneficiary-profile";
import { HouseholdSection } from "@/components/households/household-section";
import { requirePermission } from "@/lib/auth/session";
import { getBeneficiary } from "@/lib/beneficiaries/get-beneficiary";
import { getBeneficiaryHousehold } from "@/lib/households/get-household";

export default async function BeneficiaryPage({
  params,
}: {
  params: Promise<{ beneficiaryId: string }>;
}) {
  const user = await requirePermission("beneficiary:read");
  const beneficiary = await getBeneficiary(user, (await params).beneficiaryId);
  if (!beneficiary) notFound();
  return (
    <>
      <BeneficiaryProfile beneficiary={beneficiary} />
      <HouseholdSection
        beneficiaryId={beneficiary.id}
        household={await getBeneficiaryHousehold(user, beneficiary.id)}
      />
    </>
  );
}
