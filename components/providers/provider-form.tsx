"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { ServiceType } from "@/lib/generated/prisma/enums";
import { createProviderAction, updateProviderAction } from "@/lib/providers/actions";
import type { ProviderRow } from "@/lib/providers/list-providers";
import { PROVIDER_TYPES } from "@/lib/providers/provider-types";
import { createProviderSchema, updateProviderSchema } from "@/lib/providers/schemas";
import { SERVICE_TYPES } from "@/lib/vocabulary";

type Values = {
  name: string;
  type: string;
  services: ServiceType[];
  phone: string;
  email: string;
  address: string;
};

// The fields both forms share; `prefix` keeps the ids unique when several forms are on a page.
function ProviderFields({
  prefix,
  form,
  fieldError,
}: {
  prefix: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two typed forms
  form: any;
  fieldError: (name: never) => string | undefined;
}) {
  const t = useTranslations("providers");
  const tv = useTranslations("vocabulary.ServiceType");
  const error = fieldError as (name: string) => string | undefined;
  const services: ServiceType[] = form.watch("services");
  const toggle = (type: ServiceType, isChecked: boolean) =>
    form.setValue(
      "services",
      isChecked ? [...services, type] : services.filter((value) => value !== type),
      { shouldValidate: form.formState.isSubmitted },
    );
  const text = (name: "name" | "phone" | "email" | "address", type = "text") => (
    <Field id={`${prefix}-${name}`} label={t(name)} error={error(name)}>
      <Input
        id={`${prefix}-${name}`}
        type={type}
        autoComplete="off"
        invalid={!!error(name)}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <>
      {text("name")}
      <Field id={`${prefix}-type`} label={t("typeLabel")} error={error("type")}>
        <Select id={`${prefix}-type`} invalid={!!error("type")} {...form.register("type")}>
          {PROVIDER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text("phone", "tel")}
      {text("email", "email")}
      {text("address")}
      <fieldset className="rounded-md border border-slate-200 p-3 sm:col-span-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{t("services")}</legend>
        <div className="grid gap-1 sm:grid-cols-3">
          {SERVICE_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={services.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
              />{" "}
              {tv(type)}
            </label>
          ))}
        </div>
        {error("services") && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {error("services")}
          </p>
        )}
      </fieldset>
    </>
  );
}

const formClass = "grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3";

export function CreateProviderForm() {
  const t = useTranslations("providers");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const blank = () => ({
    name: "",
    type: "NGO" as const,
    services: [] as ServiceType[],
    phone: "",
    email: "",
    address: "",
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: createProviderSchema,
    action: createProviderAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      setNotice(t("created"));
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t("add")} className={formClass}>
      <div className="space-y-2 sm:col-span-3">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <ProviderFields prefix="provider-new" form={form} fieldError={fieldError as never} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}

export function EditProviderForm({ provider }: { provider: ProviderRow }) {
  const t = useTranslations("providers");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const values: Values = {
    name: provider.name,
    type: provider.type,
    services: provider.services,
    phone: provider.phone ?? "",
    email: provider.email ?? "",
    address: provider.address ?? "",
  };
  const { form, submit, formError, fieldError } = useActionForm({
    schema: updateProviderSchema,
    action: updateProviderAction,
    defaultValues: {
      ...values,
      type: provider.type,
      providerId: provider.id,
      version: provider.version,
      isActive: provider.isActive,
    },
    onSuccess: () => {
      setNotice(t("saved"));
      router.refresh();
    },
  });
  const prefix = `provider-${provider.id}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("editOf", { name: provider.name })}
      className={formClass}
    >
      <div className="space-y-2 sm:col-span-3">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <ProviderFields prefix={prefix} form={form} fieldError={fieldError as never} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("isActive")} /> {t("isActive")}
      </label>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
