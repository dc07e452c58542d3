import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { PersonDocumentsSection } from "@/components/documents/person-documents-section";
import { FactList } from "@/components/ui/fact-list";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { getBeneficiary } from "@/lib/beneficiaries/get-beneficiary";
import { countryName } from "@/lib/geo/countries";
import { showDay } from "@/lib/i18n/format";
import { CASE_KINDS } from "@/lib/vocabulary";

type Beneficiary = NonNullable<Awaited<ReturnType<typeof getBeneficiary>>>;

const linkButton =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50";

export async function BeneficiaryProfile({
  beneficiary,
  canMerge = false,
}: {
  beneficiary: Beneficiary;
  canMerge?: boolean;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const birth = beneficiary.birthDate
    ? `${showDay(format, beneficiary.birthDate)}${beneficiary.isBirthDateEstimated ? ` (${t("beneficiary.estimated")})` : ""}`
    : t("beneficiary.unknown");
  return (
    <>
      <PageHeader
        title={t("beneficiary.fullName", {
          givenName: beneficiary.givenName,
          familyName: beneficiary.familyName,
        })}
      >
        <div className="flex flex-wrap gap-2">
          {!beneficiary.anonymisedAt && (
            <Link href={`/beneficiaries/${beneficiary.id}/edit`} className={linkButton}>
              {t("registry.edit")}
            </Link>
          )}
          {canMerge && !beneficiary.anonymisedAt && (
            <Link href={`/beneficiaries/${beneficiary.id}/merge`} className={linkButton}>
              {t("registry.merge")}
            </Link>
          )}
          {CASE_KINDS.map((kind) => (
            <Link
              key={kind}
              href={`/cases/new?beneficiary=${beneficiary.id}&kind=${kind}`}
              className={linkButton}
            >
              {t("beneficiary.openCase", { kind: t(`vocabulary.CaseKind.${kind}`) })}
            </Link>
          ))}
        </div>
      </PageHeader>
      <FactList
        facts={[
          [t("cases.ref"), beneficiary.ref],
          [t("beneficiary.sex"), t(`vocabulary.Sex.${beneficiary.sex}`)],
          [t("beneficiary.birthDate"), birth],
          [
            t("beneficiary.nationality"),
            beneficiary.nationality
              ? countryName(beneficiary.nationality, locale)
              : t("beneficiary.unknown"),
          ],
          [t("beneficiary.phone"), beneficiary.phone ?? "—"],
          [t("beneficiary.contactEmail"), beneficiary.contactEmail ?? "—"],
          [t("beneficiary.address"), beneficiary.address ?? "—"],
          [
            t("beneficiary.consent"),
            beneficiary.hasConsent
              ? `${showDay(format, beneficiary.consentDate)} · ${beneficiary.consentPurpose ?? ""}`
              : t("beneficiary.noConsent"),
          ],
        ]}
      />
      <Section title={t("beneficiary.cases")}>
        {beneficiary.cases.length === 0 ? (
          <EmptyState>{t("beneficiary.noCases")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("beneficiary.cases")}
            headers={[t("cases.ref"), t("cases.kind"), t("cases.status"), t("cases.opened")]}
            rows={beneficiary.cases.map((item) => [
              <Link key={item.id} href={`/cases/${item.id}`} className="text-blue-700 underline">
                {item.ref}
              </Link>,
              t(`vocabulary.CaseKind.${item.kind}`),
              t(`vocabulary.CaseStatus.${item.status}`),
              showDay(format, item.openedOn),
            ])}
          />
        )}
      </Section>
      <PersonDocumentsSection beneficiaryId={beneficiary.id} />
    </>
  );
}
