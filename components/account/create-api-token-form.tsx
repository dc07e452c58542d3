"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { API_TOKEN_LIFETIMES, createApiTokenSchema } from "@/lib/api-tokens/schemas";

// Creates a token and shows it once: it is not stored anywhere it could be shown again.
export function CreateApiTokenForm() {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const [token, setToken] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: createApiTokenSchema,
    action: createApiTokenAction,
    defaultValues: { name: "", expiresInDays: 90 },
    onSuccess: (created) => {
      setToken(created.token);
      form.reset();
      router.refresh();
    },
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("create")}
      className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      <Field id="api-token-name" label={t("name")} error={fieldError("name")}>
        <Input id="api-token-name" invalid={!!fieldError("name")} {...form.register("name")} />
      </Field>
      <Field id="api-token-expires" label={t("expiresInDays")} error={fieldError("expiresInDays")}>
        <Select id="api-token-expires" {...form.register("expiresInDays")}>
          {API_TOKEN_LIFETIMES.map((days) => (
            <option key={days} value={days}>
              {days}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("create")}
      </Button>
      {token && (
        <div role="status" className="space-y-1 rounded-md bg-amber-50 p-3 text-sm">
          <p className="font-medium">{t("created")}</p>
          <label className="block text-slate-700" htmlFor="api-token-value">
            {t("createdLabel")}
          </label>
          <input
            id="api-token-value"
            readOnly
            value={token}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </form>
  );
}
