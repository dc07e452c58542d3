"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/action-button";
import { removeHouseholdMemberAction, setHouseholdHeadAction } from "@/lib/households/actions";

type Props = { householdId: string; memberId: string; isHead: boolean; canRemove: boolean };

export function MemberActions({ householdId, memberId, isHead, canRemove }: Props) {
  const t = useTranslations("household");
  return (
    <div className="flex flex-wrap gap-2">
      {!isHead && (
        <ActionButton
          action={setHouseholdHeadAction}
          input={{ householdId, memberId }}
          label={t("makeHead")}
          variant="secondary"
        />
      )}
      {canRemove && (
        <ActionButton
          action={removeHouseholdMemberAction}
          input={{ householdId, memberId }}
          label={t("remove")}
          variant="secondary"
        />
      )}
    </div>
  );
}
