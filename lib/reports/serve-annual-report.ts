import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { wordsOf } from "@/lib/i18n/catalogues";
import { isLocale } from "@/lib/i18n/config";
import { requestLocale } from "@/lib/i18n/request-words";

import { reportFilterSchema } from "./annual-report";
import { getAnnualReport } from "./get-annual-report";
import { reportToCsv } from "./report-csv";
import { reportFileName } from "./report-naming";
import { reportToXlsx } from "./report-xlsx";

const FORMATS = ["json", "csv", "xlsx"] as const;
const noStore = { "Cache-Control": "no-store" };

export function problem(status: number, error: string) {
  return Response.json({ error }, { status, headers: noStore });
}

// GET /api/reports/annual?year=2012[&office=CODE|&hostCountry=ISO3|&region=NAME][&format=csv|xlsx]
// [&locale=es]: the published figures: HQ and admin only; CSV and XLSX also need
// report:export. Labels are in `locale`, else in the user's language.
export async function serveAnnualReport(params: URLSearchParams): Promise<Response> {
  return annualReportResponse(await getCurrentUser(), params);
}

// The same answer for a user known otherwise (an API token, lib/api/serve-with-token.ts).
export async function annualReportResponse(
  user: Actor | null,
  params: URLSearchParams,
): Promise<Response> {
  if (!user) return problem(401, "UNAUTHENTICATED");
  const format = (params.get("format") ?? "json") as (typeof FORMATS)[number];
  const permission = format === "json" ? "report:read" : "report:export";
  if (!can(user, permission)) return problem(403, "FORBIDDEN");
  const parsed = reportFilterSchema.safeParse(
    Object.fromEntries([...params].filter(([key]) => key !== "format" && key !== "locale")),
  );
  const locale = params.get("locale") ?? (await requestLocale());
  if (!parsed.success || !FORMATS.includes(format) || !isLocale(locale))
    return problem(400, "VALIDATION");
  const words = await wordsOf(locale);
  const published = await getAnnualReport(user, parsed.data);
  if (!published.ok) {
    // Not an error of the server: this selection may not be published (disclosure control).
    return Response.json(
      {
        error: "SELECTION_REFUSED",
        reason: published.reason,
        threshold: published.threshold,
        message: words.t(`report.refused.${published.reason}`, {
          threshold: published.threshold,
        }),
      },
      { status: 422, headers: noStore },
    );
  }
  const report = published.report;
  if (format === "csv") {
    return new Response(reportToCsv(report, words), {
      headers: {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${reportFileName(report, "csv")}"`,
      },
    });
  }
  if (format === "xlsx") {
    return new Response(new Uint8Array(await reportToXlsx(report, words)), {
      headers: {
        ...noStore,
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${reportFileName(report, "xlsx")}"`,
      },
    });
  }
  return Response.json(report, { headers: noStore });
}
