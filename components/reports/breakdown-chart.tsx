"use client";

import { useFormatter, useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { directionOf } from "@/lib/i18n/config";

// Bars for the cells that are published as numbers; suppressed cells ("<10", "x") have no bar.
export function BreakdownChart({
  data,
  label,
}: {
  data: { name: string; value: number }[];
  label: string;
}) {
  const format = useFormatter();
  // Right to left: bars grow from the right, labels on the right.
  const isRtl = directionOf(useLocale()) === "rtl";
  return (
    <figure className="h-72 rounded-lg border border-slate-200 bg-white p-2" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={isRtl ? { left: 16, right: 24 } : { left: 24, right: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            reversed={isRtl}
            tickFormatter={(value: number) => format.number(value)}
          />
          <YAxis
            type="category"
            orientation={isRtl ? "right" : "left"}
            dataKey="name"
            width={150}
            tick={{ fontSize: 12 }}
            interval={0}
          />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
