import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { updateCaseAction } from "@/lib/cases/actions";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  makeBeneficiary,
  makeOffice,
  makeUser,
  openCase,
  resetDatabase,
  updateInputFrom,
  votCaseInput,
} from "@/lib/testing/kit";

const htcdsFields = {
  traffickingStatus: "POSSIBLE_VICTIM",
  recruitmentMethods: ["JOB_OFFER", "INTERNET", "JOB_OFFER"],
  recruitmentCountry: "GTM",
  controlMethods: ["DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS"],
  sexExploitationTypes: [],
};

const stored = (id: string) =>
  db.case.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      traffickingStatus: true,
      recruitmentMethods: true,
      recruitmentCountry: true,
      controlMethods: true,
      sexExploitationTypes: true,
    },
  });

describe("the HTCDS victim context of a VOT case", () => {
  let caseworker: Actor;
  let refs: { beneficiaryId: string; projectId: string };

  beforeEach(async () => {
    await resetDatabase();
    const office = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", office.id);
    const beneficiary = await makeBeneficiary(office.id);
    refs = { beneficiaryId: beneficiary.id, projectId: office.projectId };
  });

  it("is stored when the case is opened, each value once, and the audit names the fields", async () => {
    const { id } = await openCase(caseworker, votCaseInput(refs, htcdsFields));
    expect(await stored(id)).toMatchObject({
      traffickingStatus: "POSSIBLE_VICTIM",
      recruitmentMethods: ["JOB_OFFER", "INTERNET"],
      recruitmentCountry: "GTM",
      controlMethods: ["DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS"],
      sexExploitationTypes: [],
    });
    const [audit] = await auditRows("case.open");
    expect(audit!.changed_fields).toEqual(
      expect.arrayContaining(["traffickingStatus", "recruitmentMethods", "controlMethods"]),
    );
    expect(audit!.row).not.toContain("DEBT_BONDAGE");
  });

  it("refuses a type of sexual exploitation without sexual exploitation, and unknown values, writing nothing", async () => {
    const opened = votCaseInput(refs, htcdsFields);
    const { id } = await openCase(caseworker, opened);
    const update = (overrides: Record<string, unknown>) =>
      executeAction(
        updateCaseAction.definition,
        caseworker,
        updateInputFrom(opened, id, 1, overrides),
      );
    expect(await update({ sexExploitationTypes: ["PROSTITUTION"] })).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { sexExploitationTypes: ["sexTypesNeedSexualExploitation"] },
    });
    expect(await update({ controlMethods: ["BEATING"] })).toMatchObject({
      ok: false,
      fieldErrors: { "controlMethods.0": ["invalidChoice"] },
    });
    expect(await update({ recruitmentCountry: "XXX" })).toMatchObject({
      ok: false,
      fieldErrors: { recruitmentCountry: ["invalidCountry"] },
    });
    expect((await stored(id)).version).toBe(1);

    const saved = await update({
      exploitationTypes: ["SEXUAL"],
      labourSector: "",
      sexExploitationTypes: ["REMOTE_INTERACTIVE_SERVICES"],
      traffickingStatus: "",
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({
      version: 2,
      traffickingStatus: null,
      sexExploitationTypes: ["REMOTE_INTERACTIVE_SERVICES"],
    });
  });

  it("leaves the victim context alone when an edit does not send it", async () => {
    const opened = votCaseInput(refs, htcdsFields);
    const { id } = await openCase(caseworker, opened);
    const withoutHtcds = Object.fromEntries(
      Object.entries(updateInputFrom(opened, id, 1, { identifiedBy: "Police" })).filter(
        ([field]) => !(field in htcdsFields),
      ),
    );
    expect(
      await executeAction(updateCaseAction.definition, caseworker, withoutHtcds),
    ).toMatchObject({
      ok: true,
    });
    expect(await stored(id)).toMatchObject({
      version: 2,
      recruitmentMethods: ["JOB_OFFER", "INTERNET"],
      controlMethods: ["DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS"],
    });
  });
});
