"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, FormNotice } from "@/components/forms/form-error";
import { importFiles } from "@/app/(app)/admin/import/actions";

type Outcome = Awaited<ReturnType<typeof importFiles>>;

// Several CSV files in one upload; the result lists every bad row, or what was written.
export function ImportForm() {
  const t = useTranslations();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    setOutcome(await importFiles(new FormData(event.currentTarget)).catch((): Outcome => ({ ok: false, error: "INTERNAL" })));
    setBusy(false);
  };
  const data = outcome?.ok ? outcome.data : null;
  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <label className="block text-sm font-medium text-slate-700">
        {t("interchange.files")}
        <input type="file" name="files" multiple accept=".csv,text/csv" required className="mt-1 block text-sm" />
      </label>
      <Button type="submit" disabled={busy}>{busy ? t("interchange.importing") : t("interchange.import")}</Button>
      {outcome && !outcome.ok && <FormError message={t(`errors.${outcome.error}`)} />}
      {data?.imported && <FormNotice message={t("interchange.imported", { rows: data.rowsWritten })} />}
      {data && !data.imported && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-medium">{t("interchange.rejected", { count: data.errorCount })}</p>
          <ul className="mt-2 max-h-96 list-none overflow-y-auto font-mono text-xs" data-testid="import-errors">
            {data.errors.map((error) => <li key={error}>{error}</li>)}
          </ul>
        </div>
      )}
    </form>
  );
}
