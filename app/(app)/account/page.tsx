import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { ApiTokenSection } from "@/components/account/api-token-section";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LanguageSetting } from "@/components/account/language-setting";
import { FactList } from "@/components/ui/fact-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/locale-settings";

export default async function AccountPage() {
  const user = await requirePermission("account:manage-own");
  const t = await getTranslations();
  const { chosen } = await getRequestLocale();
  return (
    <>
      <PageHeader title={t("account.title")} />
      <FactList
        facts={[
          [t("account.name"), user.name],
          [t("account.email"), user.email],
          [t("account.role"), t(`roles.${user.role}`)],
        ]}
      />
      <Section title={t("localisation.title")}>
        <LanguageSetting chosen={chosen ?? null} />
      </Section>
      <Section title={t("mfa.title")}>
        <Link href="/account/security" className="text-sm font-medium text-blue-800 underline">
          {t("mfa.link")}
        </Link>
      </Section>
      <Section title={t("account.changePassword")}>
        <ChangePasswordForm />
      </Section>
      {can(user, "api-token:manage-own") && <ApiTokenSection tokens={await listApiTokens(user)} />}
    </>
  );
}
