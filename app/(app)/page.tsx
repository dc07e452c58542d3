import { redirect } from "next/navigation";

import { homePathByRole } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await requireUser();
  redirect(homePathByRole[user.role]);
}
