import { createTranslator } from "next-intl";
import { z } from "zod";

import messages from "@/lib/i18n/messages/en.json";

import type { AllYears } from "./publish-all-years";
import { HXL_COLUMNS } from "./report-hxl";

export const HXL_FILE_NAME = "passage-annual-figures.hxl.csv";
export const HXL_METADATA_FILE_NAME = "passage-annual-figures.metadata.json";
export const HXL_PARTS = ["data", "metadata"] as const;
export type HxlPart = (typeof HXL_PARTS)[number];
export const hxlExportQuerySchema = z.strictObject({ part: z.enum(HXL_PARTS).default("data") });

// What HDX asks of a dataset beside the file: title, source, methodology, the period it
// covers and how small counts were protected. Refused years are named, not described.
export function hxlMetadata(
  { reports, refusedYears, threshold }: AllYears,
  generatedAt = new Date(),
) {
  const t = createTranslator({ locale: "en", messages, namespace: "hxl.metadata" });
  const describe = (column: string) => t(`columns.${column}` as Parameters<typeof t>[0]);
  const years = reports.map((report) => report.year);
  const first = years[0];
  const last = years.at(-1);
  return {
    title:
      first === undefined ? t("titleEmpty") : t("title", { from: String(first), to: String(last) }),
    source: t("source"),
    methodology: t("methodology"),
    dateRange: first === undefined ? null : { start: `${first}-01-01`, end: `${last}-12-31` },
    years,
    refusedYears,
    disclosureControl: { threshold, rule: t("disclosure", { threshold }) },
    file: {
      name: HXL_FILE_NAME,
      format: t("format"),
      columns: HXL_COLUMNS.map(([name, hxl]) => ({ name, hxl, description: describe(name) })),
    },
    generatedAt: generatedAt.toISOString(),
  };
}

export type HxlMetadata = ReturnType<typeof hxlMetadata>;
