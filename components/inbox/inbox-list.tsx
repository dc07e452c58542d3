import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { ActionButton } from "@/components/forms/action-button";
import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { showMoment } from "@/lib/i18n/format";
import { markInboxReadAction } from "@/lib/inbox/actions";
import type { listInbox } from "@/lib/inbox/list-inbox";

type Message = Awaited<ReturnType<typeof listInbox>>[number];

export async function InboxList({ messages }: { messages: Message[] }) {
  const t = await getTranslations("inbox");
  const tv = await getTranslations("vocabulary.InboxKind");
  const ta = await getTranslations("a11y");
  const format = await getFormatter();
  if (messages.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <SimpleTable
      caption={t("title")}
      headers={[t("message"), t("about"), t("received"), t("state"), ta("actionColumn")]}
      rows={messages.map((message) => [
        <span key="kind" className={message.readAt ? "" : "font-semibold"}>
          {tv(message.kind)}
        </span>,
        message.kind === "CASES_ASSIGNED" ? (
          <CasesAssignedNotice key="cases" message={message} />
        ) : message.case ? (
          <Link
            key="case"
            href={
              // The supervisor asked for a second approval goes to the plan's review.
              message.kind === "PLAN_NEEDS_SECOND_APPROVAL" && message.planId
                ? `/review/plans/${message.planId}`
                : `/cases/${message.case.id}/reintegration`
            }
            className="text-blue-700 underline"
          >
            {message.case.ref}
          </Link>
        ) : (
          <span key="member">
            {message.subjectUser?.name} ({message.subjectUser?.email})
          </span>
        ),
        showMoment(format, message.createdAt),
        message.readAt ? t("read") : t("unread"),
        message.readAt ? (
          ""
        ) : (
          <ActionButton
            key="read"
            action={markInboxReadAction}
            input={{ messageId: message.id }}
            label={t("markRead")}
            variant="secondary"
          />
        ),
      ])}
    />
  );
}

// A batch of cases given to the reader: who gave them and their references, linked to the
// reader's own case list.
async function CasesAssignedNotice({ message }: { message: Message }) {
  const t = await getTranslations("assignment");
  const shown = message.caseRefs.slice(0, 10).join(", ");
  const more = message.caseRefs.length - 10;
  const refs = more > 0 ? t("noticeMore", { refs: shown, count: more }) : shown;
  return (
    <Link href={`/cases?assignee=${message.userId}`} className="text-blue-700 underline">
      {t("notice", {
        count: message.caseRefs.length,
        name: message.subjectUser?.name ?? "—",
        refs,
      })}
    </Link>
  );
}
