import { getCurrentUser } from "@/lib/auth/session";
import { serveDocument } from "@/lib/documents/serve-documents";

// Inline, for the case page's preview; next.config.js lets only the app's own pages frame it.
export const runtime = "nodejs";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ documentId: string }> },
) {
  return serveDocument((await params).documentId, await getCurrentUser(), "view");
}
