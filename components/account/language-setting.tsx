"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { chooseLanguageAction } from "@/lib/i18n/actions";
import { locales, nativeNameOf, type Locale } from "@/lib/i18n/config";
import { chooseLanguageSchema } from "@/lib/i18n/schemas";

// On /account: the user's own language, or automatic (browser, then office).
export function LanguageSetting({ chosen }: { chosen: Locale | null }) {
  const t = useTranslations("localisation");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: chooseLanguageSchema,
    action: chooseLanguageAction,
    defaultValues: { locale: chosen ?? "" },
    onSuccess: () => {
      setNotice(t("saved"));
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-sm space-y-4">
      <FormError message={formError} />
      <FormNotice message={notice} />
      <Field id="account-language" label={t("title")} error={fieldError("locale")}>
        <Select id="account-language" {...form.register("locale")}>
          <option value="">{t("automatic")}</option>
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {nativeNameOf(code)}
            </option>
          ))}
        </Select>
      </Field>
      <p className="text-sm text-slate-600">{t("help")}</p>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
