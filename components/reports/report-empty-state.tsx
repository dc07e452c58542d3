import { getTranslations } from "next-intl/server";
import Link from "next/link";

type Props = { year: number; yearsWithData: number[]; isFiltered: boolean };

// Shown instead of a page of zeros: why there are no figures, and what to do.
export async function ReportEmptyState({ year, yearsWithData, isFiltered }: Props) {
  const t = await getTranslations("report.page.empty");
  const hasYear = yearsWithData.includes(year);
  return (
    <div
      role="status"
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
      data-testid="report-empty"
    >
      <p className="font-medium">
        {hasYear && isFiltered ? t("noneInSelection", { year }) : t("noneInYear", { year })}
      </p>
      <p className="mt-2">{t("howToFill", { year })}</p>
      {yearsWithData.length > 0 ? (
        <p className="mt-2">
          {t("yearsWithData", { count: yearsWithData.length })}{" "}
          {yearsWithData.map((option, index) => (
            <span key={option}>
              {index > 0 && ", "}
              <Link href={`/reports/annual?year=${option}`} className="underline">
                {option}
              </Link>
            </span>
          ))}
        </p>
      ) : (
        <p className="mt-2">{t("loadDemo")}</p>
      )}
    </div>
  );
}
