import "server-only";

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { exportCaseList } from "@/lib/case-export/export-case-list";
import { caseExportParamsSchema } from "@/lib/case-export/schemas";
import { readCaseListParams } from "@/lib/cases/read-case-list-params";
import { withActor } from "@/lib/db-context";
import { wordsOf } from "@/lib/i18n/catalogues";
import { requestLocale } from "@/lib/i18n/request-words";

const noStore = { "Cache-Control": "no-store" };
const problem = (status: number, error: string) =>
  Response.json({ error }, { status, headers: noStore });

// GET /api/cases/export?format=csv|xlsx&<the case list's parameters>: the list as on screen,
// every page. The search travels sealed for this user, as in the list's own URL, so no name
// is ever in clear in the address; a token that does not open is refused rather than
// silently exporting the unsearched list.
export async function serveCaseListExport(params: URLSearchParams): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problem(401, "UNAUTHENTICATED");
  if (!can(user, "case:export") || !user.officeId) return problem(403, "FORBIDDEN");
  const own = caseExportParamsSchema.safeParse({ format: params.get("format") });
  if (!own.success) return problem(400, "VALIDATION");
  const { query, searchDropped } = readCaseListParams(Object.fromEntries(params), user.id);
  if (searchDropped) return problem(400, "SEARCH_EXPIRED");
  const words = await wordsOf(await requestLocale());
  const result = await withActor(user, () => exportCaseList(user, query, own.data.format, words));
  if (!result.ok) return problem(422, "TOO_MANY_CASES");
  const body = typeof result.body === "string" ? result.body : new Uint8Array(result.body);
  return new Response(body, {
    headers: {
      ...noStore,
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
    },
  });
}
