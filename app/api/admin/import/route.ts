import { getCurrentUser } from "@/lib/auth/session";
import { serveImportUpload } from "@/lib/interchange/serve-import-upload";

// Streamed to disk, never buffered: see lib/interchange/import-upload.ts.
export const runtime = "nodejs";

export async function POST(request: Request) {
  return serveImportUpload(request, await getCurrentUser());
}
