import { getCurrentUser } from "@/lib/auth/session";
import { serveDocumentUpload } from "@/lib/documents/serve-documents";

// Streamed into the store chunk by chunk, never buffered: see lib/documents/upload-document.ts.
export const runtime = "nodejs";

export async function POST(request: Request) {
  return serveDocumentUpload(request, await getCurrentUser());
}
