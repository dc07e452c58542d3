import { getFormatter, getTranslations } from "next-intl/server";

import { ActionButton } from "@/components/forms/action-button";
import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import type { ApiTokenSummary } from "@/lib/api-tokens/list-api-tokens";

import { CreateApiTokenForm } from "./create-api-token-form";

// The HQ user's personal access tokens for the aggregates API: create, list, revoke.
export async function ApiTokenSection({ tokens }: { tokens: ApiTokenSummary[] }) {
  const t = await getTranslations("apiTokens");
  const ta = await getTranslations("a11y");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  return (
    <Section title={t("title")}>
      <div className="space-y-4">
        <p className="max-w-3xl text-sm text-slate-600">
          {t("help")} {t("docs")}
        </p>
        <CreateApiTokenForm />
        {tokens.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <SimpleTable
            caption={t("title")}
            headers={[
              t("columns.name"),
              t("columns.created"),
              t("columns.expires"),
              t("columns.lastUsed"),
              t("columns.status"),
              ta("actionColumn"),
            ]}
            rows={tokens.map((token) => [
              token.name,
              day(token.createdAt),
              day(token.expiresAt),
              token.lastUsedAt
                ? format.dateTime(token.lastUsedAt, { dateStyle: "medium", timeStyle: "short" })
                : t("never"),
              t(`status.${token.status}`),
              token.status === "active" ? (
                <ActionButton
                  key={token.id}
                  action={revokeApiTokenAction}
                  input={{ tokenId: token.id }}
                  label={t("revokeLabel", { name: token.name })}
                  variant="secondary"
                />
              ) : null,
            ])}
          />
        )}
      </div>
    </Section>
  );
}
