import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { MergeBeneficiariesForm } from "@/components/beneficiaries/merge-beneficiaries-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { getMergeChoice } from "@/lib/beneficiaries/get-merge-choice";
import { countryName } from "@/lib/geo/countries";
import { showDay } from "@/lib/i18n/format";

type Choice = NonNullable<Awaited<ReturnType<typeof getMergeChoice>>>;
type Side = Choice["record"];

// Before a merge: the likely duplicates, a reference to pick any other record of the office,
// and the two records side by side with the form that merges them.
export async function MergeChoice({ choice }: { choice: Choice }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const { record, candidates, other } = choice;
  const name = (side: { givenName: string; familyName: string }) =>
    t("beneficiary.fullName", { givenName: side.givenName, familyName: side.familyName });
  const born = (side: Side) =>
    side.birthDate
      ? `${showDay(format, side.birthDate)}${side.isBirthDateEstimated ? ` (${t("beneficiary.estimated")})` : ""}`
      : t("beneficiary.unknown");
  const nationality = (code: string | null) =>
    code ? countryName(code, locale) : t("beneficiary.unknown");
  const mergeHref = (ref: string) =>
    `/beneficiaries/${record.id}/merge?with=${encodeURIComponent(ref)}`;
  return (
    <>
      <PageHeader title={t("registry.mergeTitle", { name: name(record) })}>
        <Link href={`/beneficiaries/${record.id}`} className="text-sm text-blue-700 underline">
          {t("registry.backToRecord")}
        </Link>
      </PageHeader>
      <p className="mb-4 text-sm text-slate-700">{t("registry.mergeHelp")}</p>
      <Section title={t("registry.candidates")}>
        {candidates.length === 0 ? (
          <EmptyState>{t("registry.noCandidates")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("registry.candidates")}
            headers={[
              t("cases.ref"),
              t("registry.name"),
              t("beneficiary.birthDate"),
              t("beneficiary.nationality"),
              t("a11y.actionColumn"),
            ]}
            rows={candidates.map((candidate) => [
              candidate.ref,
              name(candidate),
              showDay(format, candidate.birthDate) || t("beneficiary.unknown"),
              nationality(candidate.nationality),
              <Link
                key={candidate.id}
                href={mergeHref(candidate.ref)}
                className="text-blue-700 underline"
              >
                {t("registry.compare")}
              </Link>,
            ])}
          />
        )}
      </Section>
      <Section title={t("registry.otherRecord")}>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <Field id="merge-with" label={t("registry.otherRef")}>
            <Input
              id="merge-with"
              name="with"
              autoComplete="off"
              defaultValue={choice.otherRef ?? ""}
            />
          </Field>
          <Button type="submit" variant="secondary">
            {t("registry.compare")}
          </Button>
        </form>
        {choice.otherRef && !other && (
          <p role="status" className="mt-2 text-sm text-amber-900">
            {t("registry.otherNotFound")}
          </p>
        )}
      </Section>
      {other && (
        <Section title={t("registry.comparison")}>
          <SimpleTable
            caption={t("registry.comparison")}
            headers={[t("registry.field"), record.ref, other.ref]}
            rows={[
              [t("registry.name"), name(record), name(other)],
              [
                t("beneficiary.sex"),
                t(`vocabulary.Sex.${record.sex}`),
                t(`vocabulary.Sex.${other.sex}`),
              ],
              [t("beneficiary.birthDate"), born(record), born(other)],
              [
                t("beneficiary.nationality"),
                nationality(record.nationality),
                nationality(other.nationality),
              ],
              [t("beneficiary.cases"), record._count.cases, other._count.cases],
            ]}
          />
          <div className="mt-4">
            <MergeBeneficiariesForm
              sides={[
                { id: record.id, version: record.version, ref: record.ref, name: name(record) },
                { id: other.id, version: other.version, ref: other.ref, name: name(other) },
              ]}
            />
          </div>
        </Section>
      )}
    </>
  );
}
