"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

import { Select } from "@/components/ui/field";
import { listCountries } from "@/lib/geo/countries";

// A native select: type-ahead by keyboard, works with screen readers, no free text.
export function CountrySelect({
  placeholder,
  ...props
}: React.ComponentProps<typeof Select> & { placeholder: string }) {
  const locale = useLocale();
  const countries = useMemo(() => listCountries(locale), [locale]);
  return (
    <Select {...props}>
      <option value="">{placeholder}</option>
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </Select>
  );
}
