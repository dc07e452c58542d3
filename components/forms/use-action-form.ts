"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";

import type { ActionResult } from "@/lib/safe-action";

type Options<I extends FieldValues, O, T> = {
  schema: z.ZodType<O, I>;
  action: (input: I) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<I>;
  onSuccess?: (data: T) => void;
};

// The form validates with the server's own schema and sends what was typed, not the parsed
// output: the server parses it again, and a transform (text to number) must not run twice.
// Server field errors land on the same fields and the form keeps what was typed.
export function useActionForm<I extends FieldValues, O, T>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: Options<I, O, T>) {
  const t = useTranslations();
  const form = useForm<I, unknown, I>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await action(values).catch((): ActionResult<T> => ({
      ok: false,
      error: "INTERNAL",
    }));
    if (result.ok) return onSuccess?.(result.data);
    const { _form: formMessages, ...fieldErrors } = result.fieldErrors ?? {};
    for (const [field, messages] of Object.entries(fieldErrors)) {
      form.setError(field as Path<I>, { message: messages[0] });
    }
    const formMessage = formMessages?.[0];
    setFormError(
      formMessage && t.has(`validation.${formMessage}`)
        ? t(`validation.${formMessage}`)
        : t(`errors.${result.error}`),
    );
  });

  const fieldError = (name: Path<I>): string | undefined => {
    const message = form.getFieldState(name, form.formState).error?.message;
    if (!message) return undefined;
    return t.has(`validation.${message}`)
      ? t(`validation.${message}`)
      : t("validation.invalidChoice");
  };

  return { form, submit, formError, fieldError };
}
