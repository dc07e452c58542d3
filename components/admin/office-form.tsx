"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { CountrySelect } from "@/components/forms/country-select";
import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createOfficeAction } from "@/lib/offices/actions";
import { createOfficeSchema } from "@/lib/offices/schemas";

export function CreateOfficeForm() {
  const t = useTranslations("admin.offices");
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: createOfficeSchema,
    action: createOfficeAction,
    defaultValues: { code: "", name: "", hostCountry: "" },
    onSuccess: () => {
      form.reset();
      setNotice(t("created"));
    },
  });
  const { register, formState } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
    >
      <div className="sm:col-span-4 space-y-2">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <Field id="office-code" label={t("code")} error={fieldError("code")}>
        <Input id="office-code" invalid={!!fieldError("code")} {...register("code")} />
      </Field>
      <Field id="office-name" label={t("name")} error={fieldError("name")}>
        <Input id="office-name" invalid={!!fieldError("name")} {...register("name")} />
      </Field>
      <Field id="office-country" label={t("hostCountry")} error={fieldError("hostCountry")}>
        <CountrySelect
          id="office-country"
          placeholder="—"
          invalid={!!fieldError("hostCountry")}
          {...register("hostCountry")}
        />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
