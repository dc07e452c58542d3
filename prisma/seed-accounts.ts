import type { Role } from "@/lib/generated/prisma/enums";

export const demoPassword = process.env.DEMO_PASSWORD ?? "passage-demo-2026";

export const demoAccounts: { email: string; name: string; role: Role; office: string | null }[] = [
  {
    email: "caseworker@demo.passage.test",
    name: "Ana Caseworker",
    role: "CASEWORKER",
    office: "MEX-TAP",
  },
  {
    email: "supervisor@demo.passage.test",
    name: "Luis Supervisor",
    role: "SUPERVISOR",
    office: "MEX-TAP",
  },
  { email: "hq@demo.passage.test", name: "Hana Headquarters", role: "HQ", office: null },
  { email: "admin@demo.passage.test", name: "Adam Admin", role: "ADMIN", office: null },
  {
    email: "caseworker.berlin@demo.passage.test",
    name: "Berit Caseworker",
    role: "CASEWORKER",
    office: "DEU-BER",
  },
  // A second supervisor in Tapachula, for plans that need a second approval.
  {
    email: "supervisor2@demo.passage.test",
    name: "Sofía Supervisor",
    role: "SUPERVISOR",
    office: "MEX-TAP",
  },
  // A second caseworker in Tapachula, who takes over cases (e2e/assignment.spec.ts).
  {
    email: "caseworker2@demo.passage.test",
    name: "Carlos Caseworker",
    role: "CASEWORKER",
    office: "MEX-TAP",
  },
];

// Deactivated, to show (and test) that a former staff member cannot sign in.
export const deactivatedDemoAccount = {
  email: "former.caseworker@demo.passage.test",
  name: "Fiona Former",
  role: "CASEWORKER" as Role,
  office: "MEX-TAP",
};
