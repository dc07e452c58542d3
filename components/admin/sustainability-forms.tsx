"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { SustainabilityDimension } from "@/lib/generated/prisma/enums";
import { updateDimensionWeightAction, updateIndicatorAction } from "@/lib/sustainability/actions";
import { updateDimensionWeightSchema, updateIndicatorSchema } from "@/lib/sustainability/schemas";

function useSavedNotice() {
  const t = useTranslations("sustainability");
  const [notice, setNotice] = useState<string | null>(null);
  return { notice, onSuccess: () => setNotice(t("saved")), clear: () => setNotice(null) };
}

export function IndicatorForm({
  indicator,
}: {
  indicator: { id: string; code: string; weight: number; isActive: boolean };
}) {
  const t = useTranslations("sustainability");
  const saved = useSavedNotice();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: updateIndicatorSchema,
    action: updateIndicatorAction,
    onSuccess: saved.onSuccess,
    defaultValues: {
      indicatorId: indicator.id,
      weight: String(indicator.weight),
      isActive: indicator.isActive,
    },
  });
  return (
    <form
      onSubmit={(event) => {
        saved.clear();
        return submit(event);
      }}
      noValidate
      aria-label={indicator.code}
      className="flex flex-wrap items-center gap-2"
    >
      <FormError message={formError ?? fieldError("weight") ?? null} />
      <FormNotice message={saved.notice} />
      <Input
        id={`weight-${indicator.code}`}
        aria-label={t("weightOf", { name: indicator.code })}
        inputMode="decimal"
        {...form.register("weight")}
      />
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" {...form.register("isActive")} /> {t("active")}
      </label>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}

export function DimensionWeightForm({
  dimension,
  weight,
  label,
}: {
  dimension: SustainabilityDimension;
  weight: number;
  label: string;
}) {
  const t = useTranslations("sustainability");
  const saved = useSavedNotice();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: updateDimensionWeightSchema,
    action: updateDimensionWeightAction,
    onSuccess: saved.onSuccess,
    defaultValues: { dimension, weight: String(weight) },
  });
  return (
    <form
      onSubmit={(event) => {
        saved.clear();
        return submit(event);
      }}
      noValidate
      aria-label={label}
      className="flex flex-wrap items-center gap-2"
    >
      <FormError message={formError ?? fieldError("weight") ?? null} />
      <FormNotice message={saved.notice} />
      <Input
        id={`dimension-${dimension}`}
        aria-label={t("weightOf", { name: label })}
        inputMode="decimal"
        {...form.register("weight")}
      />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
