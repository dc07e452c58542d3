"use server";

import { createProject } from "@/lib/projects/manage-projects";
import { serverAction } from "@/lib/safe-action";
import { createProjectSchema } from "@/lib/validations/office";

export const createProjectAction = serverAction({
  schema: createProjectSchema,
  permission: "project:manage",
  handler: createProject,
  revalidate: "/admin/projects",
});
