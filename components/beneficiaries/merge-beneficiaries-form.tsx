"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { mergeBeneficiariesAction } from "@/lib/beneficiaries/actions";
import { mergeBeneficiariesSchema } from "@/lib/beneficiaries/schemas";

export type MergeSide = { id: string; version: number; ref: string; name: string };

// The supervisor picks the record to keep; the other becomes a tombstone that leads to it.
export function MergeBeneficiariesForm({ sides }: { sides: [MergeSide, MergeSide] }) {
  const t = useTranslations();
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [first, second] = sides;
  const { form, submit, formError, fieldError } = useActionForm({
    schema: mergeBeneficiariesSchema,
    action: mergeBeneficiariesAction,
    defaultValues: {
      survivorId: first.id,
      mergedId: second.id,
      survivorVersion: first.version,
      mergedVersion: second.version,
      isSamePersonConfirmed: false,
      idempotencyKey,
    },
    onSuccess: (result) => {
      router.push(`/beneficiaries/${result.survivorId}`);
      router.refresh();
    },
  });
  const keep = (survivor: MergeSide) => {
    const merged = survivor.id === first.id ? second : first;
    form.setValue("survivorId", survivor.id);
    form.setValue("mergedId", merged.id);
    form.setValue("survivorVersion", survivor.version);
    form.setValue("mergedVersion", merged.version);
  };
  const survivorId = form.watch("survivorId");
  const confirmError = fieldError("isSamePersonConfirmed");
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("registry.mergeForm")}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      <fieldset>
        <legend className="font-semibold">{t("registry.keepWhich")}</legend>
        <div className="mt-2 space-y-2">
          {sides.map((side) => (
            <label key={side.id} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="survivor"
                value={side.id}
                checked={survivorId === side.id}
                onChange={() => keep(side)}
              />
              {t("registry.keepRecord", { ref: side.ref, name: side.name })}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "merge-confirm-error" : undefined}
            {...form.register("isSamePersonConfirmed")}
          />
          {t("registry.confirmSamePerson")}
        </label>
        {confirmError && (
          <p id="merge-confirm-error" role="alert" className="mt-1 text-sm text-red-700">
            {confirmError}
          </p>
        )}
      </div>
      <p className="text-sm text-slate-700">{t("registry.mergeEffect")}</p>
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
        {t("registry.mergeButton")}
      </Button>
    </form>
  );
}
