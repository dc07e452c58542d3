import { getFormatter, getTranslations } from "next-intl/server";

import { ReferralForm } from "@/components/referrals/referral-form";
import { ReferralStepForm } from "@/components/referrals/referral-step-form";
import { EmptyState, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getCurrentUser } from "@/lib/auth/session";
import type { CaseKind } from "@/lib/generated/prisma/enums";
import { showDay } from "@/lib/i18n/format";
import { listProviders } from "@/lib/providers/list-providers";
import { hasReferralConsent } from "@/lib/referrals/has-referral-consent";
import { listCaseReferrals, type CaseReferralRow } from "@/lib/referrals/list-case-referrals";

type Props = { caseId: string; kind: CaseKind; isClosed: boolean };

// The case page's referrals: what was sent to which provider and where each stands, the
// form to record the provider's answer, and the form to refer the case.
export async function ReferralsSection({ caseId, kind, isClosed }: Props) {
  const user = await getCurrentUser();
  if (!user) return null;
  const [referrals, providers, isConsented] = await Promise.all([
    listCaseReferrals(user, caseId),
    listProviders(user, { activeOnly: true }),
    hasReferralConsent(user, caseId),
  ]);
  const t = await getTranslations();
  const format = await getFormatter();
  const lastStep = (referral: CaseReferralRow) =>
    showDay(format, referral.completedOn ?? referral.revokedOn ?? referral.answeredOn);
  const isOpen = (referral: CaseReferralRow) =>
    referral.status === "SENT" || referral.status === "ACCEPTED";
  return (
    <Section id="referrals" title={t("referrals.title")}>
      {referrals.length === 0 ? (
        <EmptyState>{t("referrals.empty")}</EmptyState>
      ) : (
        <SimpleTable
          caption={t("referrals.title")}
          headers={[
            t("referrals.provider"),
            t("referrals.serviceType"),
            t("referrals.sentOn"),
            t("referrals.status"),
            t("referrals.lastStepOn"),
            t("service.note"),
            t("a11y.actionColumn"),
          ]}
          rows={referrals.map((referral) => [
            referral.provider.name,
            t(`vocabulary.ServiceType.${referral.serviceType}`),
            showDay(format, referral.sentOn),
            t(`referrals.statusLabel.${referral.status}`),
            lastStep(referral) || "—",
            referral.note ?? "—",
            !isClosed && isOpen(referral) ? (
              <ReferralStepForm
                key={referral.version}
                referralId={referral.id}
                version={referral.version}
                status={referral.status}
                providerName={referral.provider.name}
                defaultCurrency="USD"
              />
            ) : (
              "—"
            ),
          ])}
        />
      )}
      {!isClosed && (
        <div className="mt-4 space-y-2">
          {!isConsented && <p className="text-sm text-slate-600">{t("referrals.consentHint")}</p>}
          {providers.length === 0 ? (
            <EmptyState>{t("referrals.noProviders")}</EmptyState>
          ) : (
            <ReferralForm caseId={caseId} kind={kind} providers={providers} />
          )}
        </div>
      )}
    </Section>
  );
}
