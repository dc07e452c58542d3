"use server";

import { serverAction } from "@/lib/safe-action";
import { updateDimensionWeight, updateIndicator } from "@/lib/sustainability/manage-indicators";
import { updateDimensionWeightSchema, updateIndicatorSchema } from "@/lib/sustainability/schemas";

export const updateIndicatorAction = serverAction({
  schema: updateIndicatorSchema,
  permission: "office:manage",
  handler: updateIndicator,
  revalidate: "/admin/sustainability",
});
export const updateDimensionWeightAction = serverAction({
  schema: updateDimensionWeightSchema,
  permission: "office:manage",
  handler: updateDimensionWeight,
  revalidate: "/admin/sustainability",
});
