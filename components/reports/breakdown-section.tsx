import { useFormatter } from "next-intl";

import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { showCell } from "@/lib/i18n/format";
import type { PublishedCell } from "@/lib/reports/disclosure";

import { BreakdownChart } from "./breakdown-chart";
import { FigureLink } from "./figure-link";

type Props = {
  title: string;
  headers: [string, string];
  cells: Record<string, PublishedCell>;
  labelOf: (key: string) => string;
  hrefOf?: (key: string) => string | null;
  chart?: boolean;
  maxBars?: number;
};

// One breakdown: its table (every cell, suppression markers included) and a bar chart.
export function BreakdownSection({
  title,
  headers,
  cells,
  labelOf,
  hrefOf,
  chart = true,
  maxBars = 15,
}: Props) {
  const format = useFormatter();
  const entries = Object.entries(cells).filter(([, cell]) => cell !== 0);
  const bars = entries
    .flatMap(([key, cell]) =>
      typeof cell === "number" ? [{ name: labelOf(key), value: cell }] : [],
    )
    .sort((a, b) => b.value - a.value)
    .slice(0, maxBars);
  return (
    <Section title={title}>
      <div className="grid gap-4 lg:grid-cols-2">
        <SimpleTable
          caption={title}
          className="max-h-72"
          headers={headers}
          rows={entries.map(([key, cell]) => [
            labelOf(key),
            <FigureLink key={key} href={typeof cell === "number" ? (hrefOf?.(key) ?? null) : null}>
              {showCell(format, cell)}
            </FigureLink>,
          ])}
        />
        {chart && bars.length > 0 && <BreakdownChart data={bars} label={title} />}
      </div>
    </Section>
  );
}
