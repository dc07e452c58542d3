import "server-only";

import { z } from "zod";

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

import { getReportExportFile, getReportExportStatus } from "./request-report-export";

const noStore = { "Cache-Control": "no-store" };
const CONTENT_TYPES = {
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  PDF: "application/pdf",
};

// GET /api/reports/exports/:id -> { status, progress }; with ?download=1 the finished file.
export async function serveReportExport(
  exportId: string,
  params: URLSearchParams,
): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "UNAUTHENTICATED" }, { status: 401, headers: noStore });
  if (!can(user, "report:export"))
    return Response.json({ error: "FORBIDDEN" }, { status: 403, headers: noStore });
  if (!z.uuid().safeParse(exportId).success)
    return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: noStore });
  if (params.get("download") === "1") {
    const file = await getReportExportFile(user, exportId);
    if (!file?.content)
      return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: noStore });
    return new Response(new Uint8Array(file.content), {
      headers: {
        ...noStore,
        "Content-Type": CONTENT_TYPES[file.format],
        "Content-Disposition": `attachment; filename="${file.filename}"`,
      },
    });
  }
  const status = await getReportExportStatus(user, exportId);
  if (!status) return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: noStore });
  return Response.json(status, { headers: noStore });
}
