"use client";

import type { z } from "zod";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/safe-action";

type Props<T> = {
  id: string;
  schema: z.ZodType<{ code: string }, { code: string }>;
  action: (input: { code: string }) => Promise<ActionResult<T>>;
  label: string;
  help?: string;
  submitLabel: string;
  onSuccess: (data: T) => void;
  variant?: "primary" | "secondary" | "danger";
};

// One code field: confirming enrollment, new recovery codes, turning MFA off.
export function MfaCodeForm<T>({
  id,
  schema,
  action,
  label,
  help,
  submitLabel,
  onSuccess,
  variant = "primary",
}: Props<T>) {
  const { form, submit, formError, fieldError } = useActionForm({
    schema,
    action,
    defaultValues: { code: "" },
    onSuccess,
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={submitLabel}
      className="max-w-md space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      {help && <p className="text-sm text-slate-600">{help}</p>}
      <Field id={id} label={label} error={fieldError("code")}>
        <Input
          id={id}
          inputMode="text"
          autoComplete="one-time-code"
          invalid={!!fieldError("code")}
          {...form.register("code")}
        />
      </Field>
      <Button type="submit" variant={variant} disabled={form.formState.isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}
