"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  get,
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
  type Resolver,
} from "react-hook-form";
import type { z } from "zod";

import { translateValidation, validationMessageOf } from "@/lib/i18n/validation-message";
import type { ActionResult } from "@/lib/safe-action";

type Options<I extends FieldValues, O, T> = {
  schema: z.ZodType<O, I>;
  action: (input: I) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<I>;
  onSuccess?: (data: T) => void;
};

// zod's resolver keeps an issue's message, not its limit: put the limit of a too long (short,
// big, small) value into the message, so the field can say what the limit is.
function resolverWithLimits<I extends FieldValues, O>(schema: z.ZodType<O, I>): Resolver<I> {
  const resolve = zodResolver(schema, undefined, { raw: true }) as Resolver<I>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const parsed = await schema.safeParseAsync(values);
    for (const issue of parsed.error?.issues ?? []) {
      const error = get(result.errors, issue.path.join(".")) as FieldError | undefined;
      if (error?.message === issue.message) error.message = validationMessageOf(issue);
    }
    return result;
  };
}

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
    resolver: resolverWithLimits(schema),
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
      formMessage && t.has(`validation.${formMessage.split("?")[0]}`)
        ? translateValidation(t, formMessage)
        : t(`errors.${result.error}`),
    );
  });

  const fieldError = (name: Path<I>): string | undefined => {
    const message = form.getFieldState(name, form.formState).error?.message;
    return message ? translateValidation(t, message) : undefined;
  };

  return { form, submit, formError, fieldError };
}
