"use client";

import { signOutTo } from "@/components/auth/sign-out";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOutTo("/sign-in")}
      className="rounded-md px-3 py-1.5 text-sm text-slate-100 hover:bg-slate-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
    >
      {label}
    </button>
  );
}
