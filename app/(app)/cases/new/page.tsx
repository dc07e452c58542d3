import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";

import { CaseForm } from "@/components/cases/case-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getBeneficiary } from "@/lib/beneficiaries/get-beneficiary";
import { newCaseValues } from "@/lib/cases/case-form-values";
import { CaseKind } from "@/lib/generated/prisma/enums";
import { listOfficeProjects } from "@/lib/projects/list-office-projects";

const paramsSchema = z.object({ beneficiary: z.uuid(), kind: z.enum(CaseKind) });

export default async function NewCasePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("case:write");
  const params = paramsSchema.safeParse(await searchParams);
  if (!params.success) notFound();
  const [beneficiary, projects] = await Promise.all([
    getBeneficiary(user, params.data.beneficiary),
    listOfficeProjects(user),
  ]);
  if (!beneficiary) notFound();
  const t = await getTranslations();
  const running = projects.filter((project) => !project.endDate || project.endDate >= new Date());
  return (
    <>
      <PageHeader
        title={t("caseForm.openTitle", {
          kind: t(`vocabulary.CaseKind.${params.data.kind}`),
          name: `${beneficiary.givenName} ${beneficiary.familyName}`,
        })}
      />
      <CaseForm
        mode="open"
        kind={params.data.kind}
        projects={running}
        initialValues={newCaseValues(
          params.data.kind,
          beneficiary.id,
          running.length === 1 ? running[0]!.id : null,
        )}
      />
    </>
  );
}
