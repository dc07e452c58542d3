"use client";

import { useRef, useState } from "react";

// Below `md` the navigation folds behind a menu button (the WAI-ARIA disclosure pattern:
// a button with aria-expanded, the links stay a plain list in tab order). From `md` up it
// is always shown. Escape closes it and returns focus to the button; following a link
// closes it too. `tools` (e.g. the language switcher) stay in the top bar at every width.
export function HeaderMenu({
  brand,
  tools,
  menuLabel,
  children,
}: {
  brand: React.ReactNode;
  tools?: React.ReactNode;
  menuLabel: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  const onClick = (event: React.MouseEvent) => {
    if ((event.target as HTMLElement).closest("a")) setOpen(false);
  };
  return (
    <div
      className="mx-auto max-w-6xl px-4 md:flex md:flex-wrap md:items-center md:gap-4 md:py-3"
      onKeyDown={onKeyDown}
    >
      <div className="flex items-center gap-2 py-2 md:contents">
        {brand}
        <div className="ms-auto flex items-center gap-2 md:order-last md:ms-0">
          {tools}
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls="site-menu"
            onClick={() => setOpen(!open)}
            className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm text-slate-100 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-white md:hidden"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
              {open ? (
                <path d="M5.3 4 4 5.3 8.7 10 4 14.7 5.3 16 10 11.3l4.7 4.7 1.3-1.3L11.3 10 16 5.3 14.7 4 10 8.7z" />
              ) : (
                <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
              )}
            </svg>
            {menuLabel}
          </button>
        </div>
      </div>
      <div
        id="site-menu"
        onClick={onClick}
        className={`${open ? "flex" : "hidden"} flex-col gap-3 border-t border-slate-700 py-3 md:flex md:flex-1 md:flex-row md:flex-wrap md:items-center md:border-0 md:py-0`}
      >
        {children}
      </div>
    </div>
  );
}
