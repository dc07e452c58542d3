import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

test.use({ storageState: storageStateFor("CASEWORKER") });

test("a caseworker records a sustainability survey whose questions and answers read from the catalogue", async ({
  page,
}) => {
  await registerBeneficiary(page, {
    given: "Marta",
    family: `Survey${suffix()}`,
    sex: "Female",
    birth: "1988-03-03",
    nationality: "Honduras",
  });
  await page.getByRole("link", { name: "Open Reintegration case" }).click();
  await page.getByLabel("Country of origin").selectOption({ label: "Honduras" });
  await page.getByRole("button", { name: "Open Reintegration case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await page.getByRole("link", { name: "Reintegration plan, monitoring and survey" }).click();

  const survey = page.getByRole("form", { name: "Record survey" });
  // The question and each answer in words, from the indicator's code.
  const satisfaction = survey.getByLabel(
    "Economic · How satisfied are you with your current economic situation?",
  );
  await satisfaction.selectOption({ label: "4 – Satisfied" });
  const food = survey.getByLabel(
    "Economic · How often did you reduce the quantity or quality of food because of its cost?",
  );
  await expect(food.getByRole("option")).toHaveText([
    "—",
    "1 – Never",
    "2 – Rarely",
    "3 – Sometimes",
    "4 – Often",
    "5 – Very often",
  ]);
  const selects = survey.getByRole("combobox");
  await expect(selects).toHaveCount(15);
  for (const select of await selects.all())
    if ((await select.inputValue()) === "") await select.selectOption("2");
  await survey.screenshot({ path: "e2e/screenshots/sustainability-survey.png" });
  await survey.getByRole("button", { name: "Record survey" }).click();
  await expect(
    page.getByRole("table", { name: "Sustainability surveys" }).getByRole("row"),
  ).toHaveCount(2);
});
