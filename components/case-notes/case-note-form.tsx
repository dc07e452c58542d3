"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { addCaseNoteAction } from "@/lib/case-notes/actions";
import { addCaseNoteSchema, CASE_NOTE_KINDS, NOTE_MAX_LENGTH } from "@/lib/case-notes/schemas";

// `defaultDay` is today in the office's time zone, worked out on the server.
export function CaseNoteForm({ caseId, defaultDay }: { caseId: string; defaultDay: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const blank = () => ({
    caseId,
    kind: "COUNSELLING" as const,
    contactOn: defaultDay,
    text: "",
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: addCaseNoteSchema,
    action: addCaseNoteAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      setNotice(t("caseNotes.added"));
      router.refresh();
    },
  });
  const { register, formState, watch } = form;
  const length = watch("text")?.length ?? 0;
  const textError = fieldError("text");
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("caseNotes.add")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="space-y-2 sm:col-span-2">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <Field id="case-note-kind" label={t("caseNotes.kindLabel")} error={fieldError("kind")}>
        <Select id="case-note-kind" invalid={!!fieldError("kind")} {...register("kind")}>
          {CASE_NOTE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`caseNotes.kind.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="case-note-contactOn"
        label={t("caseNotes.contactOn")}
        error={fieldError("contactOn")}
      >
        <Input
          id="case-note-contactOn"
          type="date"
          invalid={!!fieldError("contactOn")}
          {...register("contactOn")}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field id="case-note-text" label={t("caseNotes.text")} error={textError}>
          <Textarea
            id="case-note-text"
            rows={5}
            maxLength={NOTE_MAX_LENGTH}
            invalid={!!textError}
            {...register("text")}
            aria-describedby={`case-note-text-hint${textError ? " case-note-text-error" : ""}`}
          />
        </Field>
        <p id="case-note-text-hint" className="mt-1 text-sm text-slate-600">
          {t("caseNotes.textHint", { count: length, max: NOTE_MAX_LENGTH })}
        </p>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("caseNotes.add")}
        </Button>
      </div>
    </form>
  );
}
