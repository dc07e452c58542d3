import type { NextRequest } from "next/server";

import { serveAnnualReport } from "@/lib/reports/serve-annual-report";

export async function GET(request: NextRequest) {
  return serveAnnualReport(request.nextUrl.searchParams);
}
