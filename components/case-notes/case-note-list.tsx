import { getFormatter, getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/page-header";
import type { CaseNoteRow } from "@/lib/case-notes/list-case-notes";
import { showDay, showMoment } from "@/lib/i18n/format";

// Newest contact first; each note says what kind of contact, when, and who wrote it.
export async function CaseNoteList({ notes }: { notes: CaseNoteRow[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (notes.length === 0) return <EmptyState>{t("caseNotes.empty")}</EmptyState>;
  return (
    <ol aria-label={t("caseNotes.listLabel")} className="space-y-3">
      {notes.map((note) => (
        <li
          key={note.id}
          data-testid="case-note"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <p className="text-sm text-slate-700">
            <span className="font-medium text-slate-900">{t(`caseNotes.kind.${note.kind}`)}</span>
            {" · "}
            {t("caseNotes.byline", {
              day: showDay(format, note.contactOn),
              author: note.author.name,
              written: showMoment(format, note.createdAt),
            })}
          </p>
          <p className="mt-2 text-sm whitespace-pre-wrap text-slate-800">{note.text}</p>
        </li>
      ))}
    </ol>
  );
}
