import { getTranslations } from "next-intl/server";

import { MfaSettings } from "@/components/account/mfa-settings";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireSignedInUser } from "@/lib/auth/session";
import { getMfaStatus } from "@/lib/mfa/manage-mfa";

// The one page a user who must enroll in MFA can open before enrolling.
export default async function AccountSecurityPage() {
  const user = await requireSignedInUser("mfa:manage-own");
  const [status, t] = await Promise.all([getMfaStatus(user), getTranslations("mfa")]);
  return (
    <>
      <PageHeader title={t("title")} />
      <MfaSettings
        status={status}
        mustEnroll={user.mustEnrollMfa}
        mayDisable={can(user, "mfa:disable-own")}
      />
    </>
  );
}
