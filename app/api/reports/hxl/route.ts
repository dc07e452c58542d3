import type { NextRequest } from "next/server";

import { serveHxlExport } from "@/lib/reports/hxl/serve-hxl-export";

export async function GET(request: NextRequest) {
  return serveHxlExport(request.nextUrl.searchParams);
}
