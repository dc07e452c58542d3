import { getTranslations } from "next-intl/server";

import { DisclosureThresholdForm } from "@/components/admin/disclosure-threshold-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDisclosureSettings } from "@/lib/settings/disclosure-settings";

export default async function SettingsPage() {
  const user = await requirePermission("settings:manage");
  const settings = await getDisclosureSettings(user);
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} />
      <Section title={t("disclosure.title")}>
        <p className="mb-2 max-w-3xl text-sm text-slate-600">
          {t("disclosure.intro", { floor: settings.floor })}
        </p>
        <p className="mb-4 text-sm font-medium text-slate-800" data-testid="effective-threshold">
          {t("disclosure.effective", { threshold: settings.effective })}
        </p>
        <DisclosureThresholdForm threshold={settings.effective} floor={settings.floor} />
      </Section>
    </>
  );
}
