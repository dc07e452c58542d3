import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { reportFilterSchema } from "@/lib/reports/annual-report";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import { publishAnnualReport } from "@/lib/reports/publish-annual-report";
import { reportToCsv } from "@/lib/reports/report-csv";
import { reportToXlsx } from "@/lib/reports/report-xlsx";

// `npm run report -- --year 2012 --format json|csv|xlsx [--out FILE] [--office CODE]
// [--host-country ISO3] [--region NAME]`: the same published figures as the HQ route.
async function main() {
  const { values } = parseArgs({
    options: {
      year: { type: "string" }, format: { type: "string", default: "json" }, out: { type: "string" },
      office: { type: "string" }, "host-country": { type: "string" }, region: { type: "string" },
    },
  });
  const filter = reportFilterSchema.parse({ year: values.year, office: values.office, hostCountry: values["host-country"], region: values.region });
  const report = publishAnnualReport(await computeAnnualReport(db, filter));
  let output: string | Buffer;
  if (values.format === "json") output = `${JSON.stringify(report, null, 2)}\n`;
  else if (values.format === "csv") output = reportToCsv(report);
  else if (values.format === "xlsx") output = await reportToXlsx(report);
  else throw new Error("--format must be json, csv or xlsx");
  if (values.out) writeFileSync(values.out, output);
  else if (typeof output === "string") process.stdout.write(output);
  else throw new Error("xlsx needs --out FILE");
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
