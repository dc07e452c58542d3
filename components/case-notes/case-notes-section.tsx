import { getTimeZone, getTranslations } from "next-intl/server";

import { CaseNoteForm } from "@/components/case-notes/case-note-form";
import { CaseNoteList } from "@/components/case-notes/case-note-list";
import { Section } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listCaseNotes } from "@/lib/case-notes/list-case-notes";
import { dayInTimeZone } from "@/lib/case-notes/office-day";

// The case page's notes, self-contained: the page's own guard has run (the user is cached
// per request), so this only loads the notes. An anonymised case takes no new note.
export async function CaseNotesSection({
  caseId,
  isAnonymised,
}: {
  caseId: string;
  isAnonymised: boolean;
}) {
  const user = await requirePermission("case:read");
  const [t, notes, timeZone] = await Promise.all([
    getTranslations(),
    listCaseNotes(user, caseId),
    getTimeZone(),
  ]);
  return (
    <Section title={t("caseNotes.title")}>
      <p className="mb-3 text-sm text-slate-600">{t("caseNotes.appendOnly")}</p>
      {!isAnonymised && can(user, "case:write") && (
        <div className="mb-4">
          <CaseNoteForm caseId={caseId} defaultDay={dayInTimeZone(timeZone)} />
        </div>
      )}
      <CaseNoteList notes={notes} />
    </Section>
  );
}
