"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";

type Outcome = { imported: boolean; errors: string[]; errorCount: number; rowsWritten: number };
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

// Several CSV files in one upload, streamed to the server (POST /api/admin/import); the
// result lists every bad row, or what was written.
export function ImportForm() {
  const t = useTranslations();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const messageOf = (code: unknown) => {
    if (code === "TOO_LARGE") return t("interchange.tooLarge");
    if (code === "VALIDATION") return t("interchange.invalidUpload");
    return t.has(`errors.${String(code)}`) ? t(`errors.${String(code)}`) : t("errors.INTERNAL");
  };
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(null);
    setError(null);
    const body = new FormData(event.currentTarget);
    const files = body
      .getAll("files")
      .filter((file): file is File => file instanceof File && file.size > 0);
    if (files.length === 0 || files.length > 5) return setError(t("interchange.invalidUpload"));
    if (files.reduce((total, file) => total + file.size, 0) > MAX_UPLOAD_BYTES)
      return setError(t("interchange.tooLarge"));
    setBusy(true);
    try {
      const response = await fetch("/api/admin/import", { method: "POST", body });
      const answer = await response.json();
      if (response.ok) setOutcome(answer as Outcome);
      else setError(messageOf(answer.error));
    } catch {
      setError(t("errors.INTERNAL"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <label className="block text-sm font-medium text-slate-700">
        {t("interchange.files")}
        <input
          type="file"
          name="files"
          multiple
          accept=".csv,text/csv"
          required
          className="mt-1 block text-sm"
        />
      </label>
      <Button type="submit" disabled={busy}>
        {busy ? t("interchange.importing") : t("interchange.import")}
      </Button>
      <FormError message={error} />
      {outcome?.imported && (
        <FormNotice message={t("interchange.imported", { rows: outcome.rowsWritten })} />
      )}
      {outcome && !outcome.imported && (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
        >
          <p className="font-medium">{t("interchange.rejected", { count: outcome.errorCount })}</p>
          <ul
            className="mt-2 max-h-96 list-none overflow-y-auto font-mono text-xs"
            data-testid="import-errors"
          >
            {outcome.errors.map((row) => (
              <li key={row}>{row}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
