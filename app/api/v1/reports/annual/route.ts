import { serveWithToken } from "@/lib/api/serve-with-token";
import { annualReportResponse } from "@/lib/reports/serve-annual-report";

export async function GET(request: Request) {
  return serveWithToken(request, "GET /api/v1/reports/annual", annualReportResponse);
}
