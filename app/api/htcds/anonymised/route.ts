import type { NextRequest } from "next/server";

import { getCurrentUser } from "@/lib/auth/session";
import { serveAnonymisedHtcds } from "@/lib/htcds/serve-htcds-export";

export async function GET(request: NextRequest) {
  return serveAnonymisedHtcds(request.nextUrl.searchParams, await getCurrentUser());
}
