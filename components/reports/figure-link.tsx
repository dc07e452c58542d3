import Link from "next/link";

// A figure of the office report that opens the list of the cases behind it.
export function FigureLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <Link href={href} className="font-medium text-blue-700 underline" data-testid="drill-down-link">
      {children}
    </Link>
  );
}
