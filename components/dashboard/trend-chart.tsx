"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type TrendChartPoint = { year: number } & Record<TrendSeriesKey, number | null>;
type TrendSeriesKey = "migrantsAssisted" | "votAssisted" | "children";

const COLOURS: Record<TrendSeriesKey, string> = {
  migrantsAssisted: "#1d4ed8",
  votAssisted: "#b45309",
  children: "#047857",
};

// Lines of published figures per year; a hidden or unpublished figure (null) leaves a gap.
// The table beside it is the accessible alternative, so the chart itself is one image.
export function TrendChart({
  data,
  label,
  names,
}: {
  data: TrendChartPoint[];
  label: string;
  names: Record<TrendSeriesKey, string>;
}) {
  const format = (value: number) => value.toLocaleString("en");
  return (
    <figure
      className="h-80 rounded-lg border border-slate-200 bg-white p-2"
      role="img"
      aria-label={label}
      data-testid="trend-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, left: 16, right: 24, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" padding={{ left: 24, right: 24 }} />
          <YAxis tickFormatter={format} width={72} />
          <Tooltip formatter={(value) => format(Number(value))} />
          <Legend />
          {(Object.keys(COLOURS) as TrendSeriesKey[]).map((key) => (
            <Line
              key={key}
              dataKey={key}
              name={names[key]}
              stroke={COLOURS[key]}
              strokeWidth={2}
              dot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
