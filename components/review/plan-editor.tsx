"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Modality } from "@/lib/generated/prisma/enums";
import { currencies } from "@/lib/money/currency";
import { savePlanAction } from "@/lib/review/actions";
import { savePlanSchema, type SavePlanInput } from "@/lib/review/schemas";
import { REINTEGRATION_SERVICE_TYPES } from "@/lib/vocabulary";

type Props = { initialValues: SavePlanInput };
const blankItem = {
  type: "SMALL_BUSINESS" as const,
  description: "",
  modality: "IN_KIND" as const,
  amount: "",
  plannedOn: "",
};

// All items of the plan in one form; saving replaces them (the plan's version guards it).
export function PlanEditor({ initialValues }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: savePlanSchema,
    action: savePlanAction,
    defaultValues: initialValues,
    onSuccess: () => router.refresh(),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "items" });
  const { register } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("plan.edit")}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      <div className="max-w-xs">
        <Field id="plan-currency" label={t("plan.currency")} error={fieldError("currency")}>
          <Select id="plan-currency" invalid={!!fieldError("currency")} {...register("currency")}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {fieldError("items") && (
        <p role="alert" className="text-sm text-red-700">
          {fieldError("items")}
        </p>
      )}
      {fields.map((field, index) => {
        const id = (name: string) => `plan-item-${index}-${name}`;
        const error = (name: "type" | "description" | "modality" | "amount" | "plannedOn") =>
          fieldError(`items.${index}.${name}`);
        return (
          <fieldset
            key={field.id}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-6"
          >
            <legend className="px-1 text-sm font-medium text-slate-700">
              {t("plan.item", { number: index + 1 })}
            </legend>
            <Field id={id("type")} label={t("plan.type")} error={error("type")}>
              <Select id={id("type")} {...register(`items.${index}.type`)}>
                {REINTEGRATION_SERVICE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`vocabulary.ServiceType.${type}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <div className="sm:col-span-2">
              <Field
                id={id("description")}
                label={t("plan.description")}
                error={error("description")}
              >
                <Textarea
                  id={id("description")}
                  rows={1}
                  invalid={!!error("description")}
                  {...register(`items.${index}.description`)}
                />
              </Field>
            </div>
            <Field id={id("modality")} label={t("plan.modality")} error={error("modality")}>
              <Select id={id("modality")} {...register(`items.${index}.modality`)}>
                {Object.values(Modality).map((modality) => (
                  <option key={modality} value={modality}>
                    {t(`vocabulary.Modality.${modality}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id={id("amount")} label={t("plan.amount")} error={error("amount")}>
              <Input
                id={id("amount")}
                inputMode="decimal"
                invalid={!!error("amount")}
                {...register(`items.${index}.amount`)}
              />
            </Field>
            <Field id={id("plannedOn")} label={t("plan.plannedOn")} error={error("plannedOn")}>
              <Input
                id={id("plannedOn")}
                type="date"
                invalid={!!error("plannedOn")}
                {...register(`items.${index}.plannedOn`)}
              />
            </Field>
            {fields.length > 1 && (
              <div className="sm:col-span-6">
                <Button type="button" variant="secondary" onClick={() => remove(index)}>
                  {t("plan.removeItem", { number: index + 1 })}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => append({ ...blankItem })}>
          {t("plan.addItem")}
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("plan.saveDraft")}
        </Button>
      </div>
    </form>
  );
}
