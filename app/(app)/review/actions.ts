"use server";

import { decidePlanAction } from "@/lib/review/actions";
import { runAction } from "@/lib/safe-action";

export async function decidePlan(input: unknown) {
  return runAction(decidePlanAction, input, { revalidate: "/review" });
}
