import { getTranslations } from "next-intl/server";

import { CreateProjectForm } from "@/components/admin/project-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePermission } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import { listOffices } from "@/lib/offices/manage-offices";
import { listProjects } from "@/lib/projects/manage-projects";

export default async function ProjectsPage() {
  const user = await requirePermission("project:manage");
  const [projects, offices] = await Promise.all([listProjects(user), listOffices(user)]);
  const t = await getTranslations("admin.projects");
  return (
    <>
      <PageHeader title={t("title")} />
      <Section title={t("add")}>
        <CreateProjectForm offices={offices} />
      </Section>
      <Section title={t("title")}>
        {projects.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("title")}
            headers={[t("code"), t("projectTitle"), t("office"), t("startDate"), t("endDate")]}
            rows={projects.map((project) => [
              project.code,
              project.title,
              project.office.code,
              formatDay(project.startDate),
              project.endDate ? formatDay(project.endDate) : t("running"),
            ])}
          />
        )}
      </Section>
    </>
  );
}
