import { getFormatter, getLocale, getTranslations } from "next-intl/server";

import { WithdrawConsentForm } from "@/components/consent/withdraw-consent-form";
import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { CaseConsentRow } from "@/lib/consent/list-case-consents";
import { countryName } from "@/lib/geo/countries";
import { showDay } from "@/lib/i18n/format";

export async function ConsentList({
  consents,
  canWithdraw,
}: {
  consents: CaseConsentRow[];
  canWithdraw: boolean;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  if (consents.length === 0) return <EmptyState>{t("dataProtection.noConsents")}</EmptyState>;
  const scopeOf = (consent: CaseConsentRow) => {
    if (consent.purpose !== "HAND_OVER") return "—";
    return consent.anyOffice
      ? t("dataProtection.anyOffice")
      : consent.countries.map((code) => countryName(code, locale)).join(", ");
  };
  const givenBy = (consent: CaseConsentRow) =>
    consent.givenBy === "GUARDIAN" && consent.guardianName
      ? `${consent.guardianName} (${consent.guardianRelationship ?? ""})`
      : t(`vocabulary.ConsentGiver.${consent.givenBy}`);
  const state = (consent: CaseConsentRow) => {
    if (consent.withdrawnOn) {
      return t("dataProtection.withdrawn", {
        day: showDay(format, consent.withdrawnOn),
        name: consent.withdrawnBy?.name ?? "—",
        reason: consent.withdrawalReason ?? "—",
      });
    }
    return (
      <div className="space-y-1">
        <span>{t("dataProtection.active")}</span>
        {canWithdraw && <WithdrawConsentForm consentId={consent.id} />}
      </div>
    );
  };
  return (
    <SimpleTable
      caption={t("dataProtection.consents")}
      headers={[
        t("dataProtection.purpose"),
        t("dataProtection.type"),
        t("dataProtection.givenBy"),
        t("dataProtection.givenOn"),
        t("dataProtection.scope"),
        t("dataProtection.recordedBy"),
        t("dataProtection.state"),
      ]}
      rows={consents.map((consent) => [
        t(`vocabulary.ConsentPurpose.${consent.purpose}`),
        t(`vocabulary.ConsentType.${consent.type}`),
        givenBy(consent),
        showDay(format, consent.givenOn),
        scopeOf(consent),
        consent.recordedBy.name,
        state(consent),
      ])}
    />
  );
}
