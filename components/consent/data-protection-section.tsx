import { getFormatter, getTranslations } from "next-intl/server";

import { ConsentForm } from "@/components/consent/consent-form";
import { ConsentList } from "@/components/consent/consent-list";
import { HandOverForm } from "@/components/consent/hand-over-form";
import { LegalHoldForm } from "@/components/consent/legal-hold-form";
import { FactList } from "@/components/ui/fact-list";
import type { CaseDetail } from "@/lib/cases/get-case";
import type { CaseConsentRow } from "@/lib/consent/list-case-consents";
import type { HandOverDestination } from "@/lib/hand-over/list-hand-over-destinations";
import { showDay } from "@/lib/i18n/format";
import { RETENTION_YEARS, retentionEndsOn } from "@/lib/retention/retention-periods";

export type DataProtectionProps = {
  record: CaseDetail;
  consents: CaseConsentRow[];
  officeCountries: string[];
  destinations: HandOverDestination[];
  canSetLegalHold: boolean;
};

// Consents, retention and legal hold, and the hand-over: what the case's data may be used for.
export async function DataProtectionSection({
  record,
  consents,
  officeCountries,
  destinations,
  canSetLegalHold,
}: DataProtectionProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  const years = RETENTION_YEARS[record.kind];
  const isAnonymised = record.anonymisedAt !== null;
  const retention = record.closedOn
    ? t("dataProtection.retentionClosed", {
        day: showDay(format, retentionEndsOn(record.kind, record.closedOn)),
        years,
      })
    : t("dataProtection.retentionOpen", { years });
  const hold = record.legalHoldSince
    ? t("dataProtection.legalHoldSince", {
        day: format.dateTime(record.legalHoldSince, { dateStyle: "medium" }),
        reason: record.legalHoldReason ?? "",
      })
    : t("dataProtection.legalHoldNone");
  return (
    <div className="space-y-4">
      {isAnonymised && (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm">
          {t("dataProtection.anonymised", {
            day: format.dateTime(record.anonymisedAt!, { dateStyle: "medium" }),
          })}
        </p>
      )}
      <FactList
        facts={[
          [t("dataProtection.retention"), retention],
          [
            t("dataProtection.legalHold"),
            <span key="hold" data-testid="legal-hold">
              {hold}
            </span>,
          ],
        ]}
      />
      {canSetLegalHold && !isAnonymised && (
        <LegalHoldForm
          key={record.version}
          caseId={record.id}
          version={record.version}
          isOnHold={record.legalHoldSince !== null}
        />
      )}
      <h3 className="text-base font-semibold text-slate-900">{t("dataProtection.consents")}</h3>
      <ConsentList consents={consents} canWithdraw={!isAnonymised} />
      {!isAnonymised && <ConsentForm caseId={record.id} officeCountries={officeCountries} />}
      {destinations.length > 0 && record.status !== "CLOSED" && (
        <>
          <h3 className="text-base font-semibold text-slate-900">{t("dataProtection.handOver")}</h3>
          <HandOverForm
            key={record.version}
            caseId={record.id}
            version={record.version}
            destinations={destinations}
          />
        </>
      )}
    </div>
  );
}
