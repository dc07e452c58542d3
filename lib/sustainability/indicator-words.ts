import type { Translate } from "@/lib/i18n/catalogues";

// The survey's words live in the catalogues under sustainability.indicator.<code>; the
// database holds only the code. An indicator without messages (added by hand) shows its code.

export function indicatorQuestion(t: Translate, code: string): string {
  const key = `sustainability.indicator.${code}.question`;
  return t.has(key) ? t(key) : code;
}

// "3 – Sometimes", or the bare number where the catalogue has no label for it.
export function answerOption(t: Translate, code: string, value: number): string {
  const key = `sustainability.indicator.${code}.answers.${value}`;
  return t.has(key) ? t("sustainability.answerOption", { value, label: t(key) }) : String(value);
}

// "1 – Very poor to 5 – Very good": the scale with the words of its two ends.
export function scaleRange(t: Translate, code: string, scaleMax: number): string {
  return t("sustainability.scaleRange", {
    low: answerOption(t, code, 1),
    high: answerOption(t, code, scaleMax),
  });
}
