import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// A household of the actor's office with its members and each member's AVR cases (the
// forms of the page pick among them); another office's household is null, as a missing one.
export async function getHousehold(actor: Actor, householdId: string) {
  assertCan(actor, "beneficiary:read");
  if (!z.uuid().safeParse(householdId).success) return null;
  const scope = officeScope(actor);
  const household = await db.household.findFirst({
    where: { id: householdId, ...scope },
    select: {
      id: true,
      ref: true,
      headMemberId: true,
      members: {
        orderBy: { addedAt: "asc" },
        select: {
          id: true,
          relationship: true,
          beneficiary: {
            select: {
              id: true,
              ref: true,
              givenName: true,
              familyName: true,
              cases: {
                where: { ...scope, kind: "AVR", anonymisedAt: null },
                orderBy: { openedOn: "desc" },
                select: {
                  id: true,
                  ref: true,
                  status: true,
                  version: true,
                  openedOn: true,
                  actualDepartureOn: true,
                  householdId: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!household) return null;
  await recordAudit(db, {
    actorId: actor.id,
    action: "household.view",
    entityType: "household",
    entityId: household.id,
    officeId: scope.officeId,
  });
  return {
    ...household,
    members: household.members.map((member) => ({
      ...member,
      isHead: member.id === household.headMemberId,
    })),
  };
}

export type HouseholdView = NonNullable<Awaited<ReturnType<typeof getHousehold>>>;

// The household a beneficiary of the actor's office belongs to, for their profile.
export async function getBeneficiaryHousehold(actor: Actor, beneficiaryId: string) {
  assertCan(actor, "beneficiary:read");
  if (!z.uuid().safeParse(beneficiaryId).success) return null;
  const scope = officeScope(actor);
  const membership = await db.householdMember.findFirst({
    where: { beneficiaryId, beneficiary: scope, household: scope },
    select: {
      household: {
        select: {
          id: true,
          ref: true,
          headMemberId: true,
          members: {
            orderBy: { addedAt: "asc" },
            select: {
              id: true,
              relationship: true,
              beneficiary: { select: { id: true, ref: true, givenName: true, familyName: true } },
            },
          },
        },
      },
    },
  });
  if (!membership) return null;
  const { household } = membership;
  return {
    ...household,
    members: household.members.map((member) => ({
      ...member,
      isHead: member.id === household.headMemberId,
    })),
  };
}
