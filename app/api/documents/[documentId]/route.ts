import { getCurrentUser } from "@/lib/auth/session";
import { serveDocument } from "@/lib/documents/serve-documents";

export const runtime = "nodejs";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ documentId: string }> },
) {
  return serveDocument((await params).documentId, await getCurrentUser(), "download");
}
