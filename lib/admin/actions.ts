import "server-only";
import { defineAction } from "@/lib/safe-action";
import { createOffice } from "@/lib/offices/manage-offices";
import { createProject } from "@/lib/projects/manage-projects";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { createOfficeSchema, createProjectSchema } from "@/lib/validations/office";
import { createUserSchema, updateUserSchema } from "@/lib/validations/user";

// Action definitions: the schema the form uses, the permission, the domain function.
export const createUserAction = defineAction({ schema: createUserSchema, permission: "user:manage", handler: createUser });
export const updateUserAction = defineAction({ schema: updateUserSchema, permission: "user:manage", handler: updateUser });
export const createOfficeAction = defineAction({ schema: createOfficeSchema, permission: "office:manage", handler: createOffice });
export const createProjectAction = defineAction({ schema: createProjectSchema, permission: "project:manage", handler: createProject });
