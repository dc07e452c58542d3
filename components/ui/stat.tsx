import { useFormatter } from "next-intl";

export function Stat({ label, value }: { label: string; value: number | string }) {
  const format = useFormatter();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold text-slate-900" data-testid={`stat-${label}`}>
        {typeof value === "number" ? format.number(value) : value}
      </dd>
    </div>
  );
}

export function StatGrid({ children }: { children: React.ReactNode }) {
  return <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</dl>;
}
