"use server";

import { createProject } from "@/lib/projects/manage-projects";
import { createProjectSchema } from "@/lib/projects/schemas";
import { serverAction } from "@/lib/safe-action";

export const createProjectAction = serverAction({
  schema: createProjectSchema,
  permission: "project:manage",
  handler: createProject,
  revalidate: "/admin/projects",
});
