import { getFormatter, getTranslations } from "next-intl/server";

import { ResetPasswordButton } from "@/components/admin/reset-password-button";
import { UserEditor } from "@/components/admin/user-editor";
import type { OfficeOption } from "@/components/admin/user-form";
import { ActionButton } from "@/components/forms/action-button";
import { EmptyState } from "@/components/ui/page-header";
import { showMoment } from "@/lib/i18n/format";
import { resetUserMfaAction } from "@/lib/mfa/actions";
import { unlockUserAction } from "@/lib/users/actions";
import type { listUsers } from "@/lib/users/list-users";

type Users = Awaited<ReturnType<typeof listUsers>>;

// Who may take over a user's open cases: the other active field staff of their office.
const successorsOf = (user: Users[number], users: Users) =>
  users
    .filter(
      (other) =>
        other.id !== user.id &&
        other.isActive &&
        other.officeId === user.officeId &&
        (other.role === "CASEWORKER" || other.role === "SUPERVISOR"),
    )
    .map(({ id, name }) => ({ id, name }));

export async function UserList({ users, offices }: { users: Users; offices: OfficeOption[] }) {
  const t = await getTranslations("admin.users");
  const ta = await getTranslations("assignment");
  const format = await getFormatter();
  const minute = (date: Date) => showMoment(format, date);
  if (users.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {users.map((user) => (
        <li key={user.id} className="p-3" data-testid={`user-${user.email}`}>
          <p className="text-sm text-slate-700">
            <span className="font-medium text-slate-900">{user.email}</span> ·{" "}
            {user.isActive ? t("active") : t("inactive")} · {t("lastSignIn")}:{" "}
            {user.lastSignInAt ? minute(user.lastSignInAt) : t("never")} ·{" "}
            {user.mfa?.confirmedAt ? t("mfaOn") : t("mfaOff")}
            {user.openCases > 0 && <> · {ta("openCases", { count: user.openCases })}</>}
          </p>
          {user.lockedUntil && (
            <div
              className="mt-2 flex flex-wrap items-center gap-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900"
              role="status"
            >
              <span>{t("lockedUntil", { time: minute(user.lockedUntil) })}</span>
              <ActionButton
                action={unlockUserAction}
                input={{ userId: user.id }}
                label={t("unlock")}
                variant="secondary"
              />
            </div>
          )}
          <UserEditor
            user={user}
            offices={offices}
            openCases={user.openCases}
            successors={successorsOf(user, users)}
          />
          <div className="px-2">
            <ResetPasswordButton userId={user.id} />
          </div>
          {user.mfa && (
            <div className="px-2">
              <ActionButton
                action={resetUserMfaAction}
                input={{ userId: user.id }}
                label={t("resetMfa")}
                variant="secondary"
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
