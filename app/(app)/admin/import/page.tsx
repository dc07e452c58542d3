import { getTranslations } from "next-intl/server";

import { ImportForm } from "@/components/interchange/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";

export default async function ImportPage() {
  await requirePermission("data:import");
  const t = await getTranslations("interchange");
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <ImportForm />
    </>
  );
}
