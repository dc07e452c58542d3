import { getCurrentUser } from "@/lib/auth/session";
import { serveHtcdsCases } from "@/lib/htcds/serve-htcds-export";

export async function POST(request: Request) {
  return serveHtcdsCases(request, await getCurrentUser());
}
