import type { NextRequest } from "next/server";

import { serveCaseListExport } from "@/lib/case-export/serve-case-list-export";

export async function GET(request: NextRequest) {
  return serveCaseListExport(request.nextUrl.searchParams);
}
