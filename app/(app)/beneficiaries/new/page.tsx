import { getTranslations } from "next-intl/server";

import { RegisterBeneficiaryForm } from "@/components/beneficiaries/register-beneficiary-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";

export default async function NewBeneficiaryPage() {
  await requirePermission("beneficiary:write");
  const t = await getTranslations("beneficiary");
  return (
    <>
      <PageHeader title={t("registerTitle")} />
      <RegisterBeneficiaryForm />
    </>
  );
}
