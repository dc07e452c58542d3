import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

test.use({ storageState: storageStateFor("CASEWORKER") });

// Server actions accept bodies up to 1 MB (lib/http/body-limits.json). A larger one is
// "413 Payload Too Large", not a server error: Next.js itself answers such an action with
// a 500, so the proxy refuses it first by its Content-Length.
test("a server action with a body over the limit answers 413; within the limit it still runs", async ({
  page,
}) => {
  let actionId: string | undefined;
  page.on("request", (request) => {
    if (request.method() === "POST") actionId ??= request.headers()["next-action"];
  });
  await page.goto("/cases");
  await page.getByLabel("Search", { exact: true }).fill("Pérez");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  expect(actionId).toBeTruthy();

  const post = (body: string) =>
    page.request.post("/cases", {
      headers: { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8" },
      data: body,
      maxRedirects: 0,
    });
  const tooLarge = await post(`[{"text":"${"x".repeat(1024 * 1024)}"}]`);
  expect(tooLarge.status()).toBe(413);
  const small = await post(`[{"text":"Pérez"}]`);
  expect(small.status()).toBe(200);
});
