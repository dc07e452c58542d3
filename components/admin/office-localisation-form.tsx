"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { locales, nativeNameOf } from "@/lib/i18n/config";
import { setOfficeLocalisationAction } from "@/lib/offices/actions";
import {
  setOfficeLocalisationSchema,
  type SetOfficeLocalisationInput,
} from "@/lib/offices/schemas";

// The time zones come from the server: the browser's list can differ from Node's, and a
// select rendered from one and hydrated with the other would not match.
export function OfficeLocalisationForm({
  office,
  timeZones,
  initialValues,
}: {
  office: string;
  timeZones: readonly string[];
  initialValues: SetOfficeLocalisationInput;
}) {
  const t = useTranslations("localisation");
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: setOfficeLocalisationSchema,
    action: setOfficeLocalisationAction,
    defaultValues: initialValues,
    onSuccess: () => setNotice(t("officeSaved")),
  });
  return (
    <form
      onSubmit={(event) => {
        setNotice(null);
        return submit(event);
      }}
      noValidate
      className="flex flex-wrap items-center gap-2"
    >
      <FormError
        message={formError ?? fieldError("defaultLocale") ?? fieldError("timeZone") ?? null}
      />
      <FormNotice message={notice} />
      <Select
        id={`office-locale-${office}`}
        aria-label={t("officeDefaultLocale", { office })}
        {...form.register("defaultLocale")}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {nativeNameOf(code)}
          </option>
        ))}
      </Select>
      <Select
        id={`office-time-zone-${office}`}
        aria-label={t("officeTimeZone", { office })}
        {...form.register("timeZone")}
      >
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("officeSave")}
      </Button>
    </form>
  );
}
