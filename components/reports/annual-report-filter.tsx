import { getTranslations } from "next-intl/server";

import { requestWords } from "@/lib/i18n/request-words";
import { regionName } from "@/lib/reports/report-words";

type Props = {
  year: number;
  office?: string;
  region?: string;
  // Without them (the office's own report) only the year can be chosen.
  offices?: { code: string; name: string }[];
  regions?: string[];
  years: number[];
};

const selectClass = "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

// A plain GET form: the filter lives in the URL, works without JavaScript and can be shared.
export async function AnnualReportFilter({ year, office, region, offices, regions, years }: Props) {
  const t = await getTranslations("report.page");
  const words = await requestWords();
  // Regions in the reader's words and alphabetical order; the English name stays the value.
  const collator = new Intl.Collator(words.locale);
  const regionOptions = (regions ?? [])
    .map((value) => ({ value, name: regionName(words.t, value) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <label className="text-sm font-medium text-slate-700">
        {t("year")}
        <select name="year" defaultValue={year} className={selectClass}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      {offices && (
        <label className="text-sm font-medium text-slate-700">
          {t("office")}
          <select name="office" defaultValue={office ?? ""} className={selectClass}>
            <option value="">{t("allOffices")}</option>
            {offices.map((option) => (
              <option key={option.code} value={option.code}>
                {option.code} · {option.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {regions && (
        <label className="text-sm font-medium text-slate-700">
          {t("region")}
          <select name="region" defaultValue={region ?? ""} className={selectClass}>
            <option value="">{t("allRegions")}</option>
            {regionOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="submit"
        className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
      >
        {t("apply")}
      </button>
    </form>
  );
}
