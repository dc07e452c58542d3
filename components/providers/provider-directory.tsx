import { getTranslations } from "next-intl/server";

import { CreateProviderForm, EditProviderForm } from "@/components/providers/provider-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { ProviderRow } from "@/lib/providers/list-providers";

// The office's directory: read by its field staff, kept by its supervisors (`canManage`).
export async function ProviderDirectory({
  providers,
  canManage,
}: {
  providers: ProviderRow[];
  canManage: boolean;
}) {
  const t = await getTranslations();
  const contactOf = (provider: ProviderRow) =>
    [provider.phone, provider.email, provider.address].filter(Boolean).join(" · ") || "—";
  return (
    <>
      <PageHeader title={t("providers.title")} />
      <p className="max-w-3xl text-sm text-slate-600">{t("providers.intro")}</p>
      {canManage && (
        <Section title={t("providers.add")}>
          <CreateProviderForm />
        </Section>
      )}
      <Section title={t("providers.directory")}>
        {providers.length === 0 ? (
          <EmptyState>{t("providers.empty")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("providers.directory")}
            headers={[
              t("providers.name"),
              t("providers.typeLabel"),
              t("providers.services"),
              t("providers.contact"),
              t("providers.state"),
            ]}
            rows={providers.map((provider) => [
              provider.name,
              t(`providers.type.${provider.type}`),
              provider.services.map((type) => t(`vocabulary.ServiceType.${type}`)).join(", "),
              contactOf(provider),
              provider.isActive ? t("providers.active") : t("providers.inactive"),
            ])}
          />
        )}
      </Section>
      {canManage && providers.length > 0 && (
        <Section title={t("providers.edit")}>
          <div className="space-y-3">
            {providers.map((provider) => (
              <details key={provider.id} className="rounded-lg">
                <summary className="cursor-pointer text-sm text-blue-700 underline">
                  {t("providers.editOf", { name: provider.name })}
                </summary>
                <div className="mt-3">
                  <EditProviderForm key={provider.version} provider={provider} />
                </div>
              </details>
            ))}
          </div>
        </Section>
      )}
    </>
  );
}
