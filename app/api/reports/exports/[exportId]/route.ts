import type { NextRequest } from "next/server";

import { serveReportExport } from "@/lib/reports/exports/serve-report-export";

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ exportId: string }> },
) {
  return serveReportExport((await params).exportId, request.nextUrl.searchParams);
}
