import { closeDb } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

import { isDatabaseEmpty, seedDemo } from "./seed";

// `npm run db:seed`: the demo data, only into an empty database.
async function main() {
  if (!(await isDatabaseEmpty())) {
    console.log("The database already has users; the demo seed was not applied.");
    return;
  }
  await seedDemo();
  console.log("Demo data seeded.");
}

asSystem("seed", main)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
