import { serveWithToken } from "@/lib/api/serve-with-token";
import { hxlExportResponse } from "@/lib/reports/hxl/serve-hxl-export";

export async function GET(request: Request) {
  return serveWithToken(request, "GET /api/v1/reports/hxl", hxlExportResponse);
}
