import { getTranslations } from "next-intl/server";
import Link from "next/link";

type Props = {
  page: number;
  size: number;
  total: number;
  hrefFor: (page: number) => string;
  // Offered page sizes, as links: they work before the page's scripts have loaded.
  sizes?: readonly number[];
  sizeHrefFor?: (size: number) => string;
};

export async function Pagination({ page, size, total, hrefFor, sizes, sizeHrefFor }: Props) {
  const t = await getTranslations("pagination");
  const pages = Math.max(1, Math.ceil(total / size));
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav
      aria-label={t("label")}
      className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700"
    >
      <p role="status">{t("showing", { first, last, total })}</p>
      {sizes && sizeHrefFor && (
        <p className="flex items-center gap-1">
          <span>{t("size")}</span>
          {sizes.map((option) =>
            option === size ? (
              <span key={option} aria-current="true" className="px-2 py-1.5 font-semibold">
                {option}
              </span>
            ) : (
              <Link
                key={option}
                className={link}
                href={sizeHrefFor(option)}
                aria-label={t("sizeOption", { size: option })}
              >
                {option}
              </Link>
            ),
          )}
        </p>
      )}
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={link} href={hrefFor(page - 1)} rel="prev">
            {t("previous")}
          </Link>
        )}
        <span className="px-2 py-1.5">{t("page", { page, pages })}</span>
        {page < pages && (
          <Link className={link} href={hrefFor(page + 1)} rel="next">
            {t("next")}
          </Link>
        )}
      </div>
    </nav>
  );
}
