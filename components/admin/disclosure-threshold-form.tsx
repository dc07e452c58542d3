"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { setDisclosureThresholdAction } from "@/lib/settings/actions";
import { setDisclosureThresholdSchema } from "@/lib/settings/schemas";

export function DisclosureThresholdForm({
  threshold,
  floor,
}: {
  threshold: number;
  floor: number;
}) {
  const t = useTranslations("settings.disclosure");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: setDisclosureThresholdSchema,
    action: setDisclosureThresholdAction,
    defaultValues: { threshold: String(threshold) },
    onSuccess: ({ threshold: saved }) => {
      setNotice(t("saved", { threshold: saved }));
      router.refresh();
    },
  });
  const error = fieldError("threshold");
  return (
    <form
      onSubmit={(event) => {
        setNotice(null);
        return submit(event);
      }}
      noValidate
      className="flex max-w-md flex-col gap-3"
    >
      <FormError message={formError} />
      <FormNotice message={notice} />
      <Field id="disclosure-threshold" label={t("label")} error={error}>
        <Input
          id="disclosure-threshold"
          inputMode="numeric"
          min={floor}
          invalid={!!error}
          {...form.register("threshold")}
        />
      </Field>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
