import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { runCli, withCliDatabase } from "@/lib/cli/cli-database";
import { availableLocales, wordsOf } from "@/lib/i18n/catalogues";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { reportFilterSchema } from "@/lib/reports/annual-report";
import { buildNarrative } from "@/lib/reports/narrative";

// `npm run report -- --year 2012 --format json|csv|xlsx|hxl [--out FILE] [--office CODE]
// [--host-country ISO3] [--region NAME] [--locale en]`: the same published figures as the HQ
// route, always through disclosure control (docs/disclosure-control.md); a selection that may not be
// published stops with the reason and exit code 2. JSON adds the At a Glance narrative's
// sentences (`narrative`) in the locale; CSV labels and the XLSX are in it too. `--format hxl
// --out DIR` writes every year's published figures as one HXL-tagged CSV and its metadata
// (JSON) into DIR; --year and the filters do not apply to it.
runCli(() =>
  withCliDatabase(async () => {
    const { values } = parseArgs({
      options: {
        year: { type: "string" },
        format: { type: "string", default: "json" },
        out: { type: "string" },
        office: { type: "string" },
        "host-country": { type: "string" },
        region: { type: "string" },
        locale: { type: "string", default: defaultLocale },
      },
    });
    if (values.format === "hxl") return writeHxl(values.out);
    if (!isLocale(values.locale))
      throw new Error(`--locale must be one of: ${availableLocales().join(", ")}`);
    const words = await wordsOf(values.locale);
    const filter = reportFilterSchema.parse({
      year: values.year,
      office: values.office,
      hostCountry: values["host-country"],
      region: values.region,
    });
    const { db } = await import("@/lib/db");
    const { publishSelection } = await import("@/lib/reports/publish-selection");
    const { readDisclosureThreshold } = await import("@/lib/settings/read-disclosure-threshold");
    const { reportToCsv } = await import("@/lib/reports/report-csv");
    const { reportToXlsx } = await import("@/lib/reports/report-xlsx");
    try {
      const published = await publishSelection(db, filter, await readDisclosureThreshold(db));
      if (!published.ok) {
        const reason = words.t(`report.refused.${published.reason}`, {
          threshold: published.threshold,
        });
        process.stderr.write(`${reason}\n`);
        process.exitCode = 2;
        return;
      }
      const report = published.report;
      let output: string | Buffer;
      if (values.format === "json") {
        const withWords = { ...report, narrative: buildNarrative(report, words).flat() };
        output = `${JSON.stringify(withWords, null, 2)}\n`;
      } else if (values.format === "csv") output = reportToCsv(report, words);
      else if (values.format === "xlsx") output = await reportToXlsx(report, words);
      else throw new Error("--format must be json, csv, xlsx or hxl");
      if (values.out) writeFileSync(values.out, output);
      else if (typeof output === "string") process.stdout.write(output);
      else throw new Error("xlsx needs --out FILE");
    } finally {
      await db.$disconnect();
    }
  }),
);

async function writeHxl(out: string | undefined) {
  if (!out) throw new Error("hxl needs --out DIR");
  const { db } = await import("@/lib/db");
  const { readDisclosureThreshold } = await import("@/lib/settings/read-disclosure-threshold");
  const { publishAllYears } = await import("@/lib/reports/hxl/publish-all-years");
  const { allYearsToHxlCsv } = await import("@/lib/reports/hxl/report-hxl");
  const { hxlMetadata, HXL_FILE_NAME, HXL_METADATA_FILE_NAME } =
    await import("@/lib/reports/hxl/hxl-metadata");
  try {
    const allYears = await publishAllYears(db, await readDisclosureThreshold(db));
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, HXL_FILE_NAME), allYearsToHxlCsv(allYears));
    const metadata = `${JSON.stringify(hxlMetadata(allYears), null, 2)}\n`;
    writeFileSync(path.join(out, HXL_METADATA_FILE_NAME), metadata);
    process.stdout.write(`${allYears.reports.length} years written to ${out}\n`);
  } finally {
    await db.$disconnect();
  }
}
