"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";

import { Select } from "@/components/ui/field";
import { listCountries, matchesCountrySearch } from "@/lib/geo/countries";

// A native select (keyboard type-ahead, screen readers, no free text) with a search box
// beside it that narrows the list, matching with and without accents ("mexico" finds
// "México"). The chosen country always stays in the list, so narrowing never changes it.
export function CountrySelect({
  placeholder,
  ref,
  ...props
}: React.ComponentProps<typeof Select> & { placeholder: string }) {
  const t = useTranslations("localisation");
  const locale = useLocale();
  const countries = useMemo(() => listCountries(locale), [locale]);
  const [query, setQuery] = useState("");
  const [kept, setKept] = useState("");
  const select = useRef<HTMLSelectElement | null>(null);
  const shown = countries.filter(
    (country) => country.code === kept || matchesCountrySearch(country, query),
  );
  return (
    <div className="flex gap-2">
      <input
        type="search"
        aria-label={t("countrySearch")}
        aria-controls={props.id}
        value={query}
        onChange={(event) => {
          setKept(select.current?.value ?? "");
          setQuery(event.target.value);
        }}
        className="mt-1 block w-1/3 min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm shadow-sm"
      />
      <Select
        {...props}
        ref={(element) => {
          select.current = element;
          if (typeof ref === "function") return ref(element);
          if (ref) ref.current = element;
        }}
      >
        <option value="">{placeholder}</option>
        {shown.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
