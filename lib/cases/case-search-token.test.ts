import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { sealSearchAction } from "@/lib/cases/actions";
import { readCaseListParams } from "@/lib/cases/read-case-list-params";
import { executeAction } from "@/lib/safe-action";
import { unwrap } from "@/lib/testing/kit";

const caseworker = (id: string): Actor => ({
  id,
  role: "CASEWORKER",
  officeId: "00000000-0000-4000-8000-000000000001",
  name: "Caseworker",
  email: `${id}@example.test`,
});
const alice = caseworker("00000000-0000-4000-8000-00000000000a");
const bob = caseworker("00000000-0000-4000-8000-00000000000b");
const hour = 3_600_000;

async function sealFor(actor: Actor, text: string) {
  return unwrap(await executeAction(sealSearchAction.definition, actor, { text })) as string;
}

describe("the sealed search term in /cases?q=", () => {
  it("opens for the user who sealed it: the query runs on the text, the URL keeps the token", async () => {
    const q = await sealFor(alice, "Pérez");

    const read = readCaseListParams({ q }, alice.id);

    expect(read.query.q).toBe("Pérez");
    expect(read.urlState.q).toBe(q);
    expect(read.searchDropped).toBe(false);
  });

  it("does not open for another user: the list shows without the search, with a notice", async () => {
    const q = await sealFor(alice, "Pérez");

    const read = readCaseListParams({ q }, bob.id);

    expect(read.query.q).toBeUndefined();
    expect(read.urlState.q).toBeUndefined();
    expect(read.searchDropped).toBe(true);
  });

  it("expires after 8 hours: opens just before, not after", async () => {
    const sealedAt = Date.now();
    const q = await sealFor(alice, "Pérez");

    expect(
      readCaseListParams({ q }, alice.id, new Date(sealedAt + 8 * hour - 60_000)).query.q,
    ).toBe("Pérez");
    const late = readCaseListParams({ q }, alice.id, new Date(sealedAt + 8 * hour + 60_000));
    expect(late.query.q).toBeUndefined();
    expect(late.searchDropped).toBe(true);
  });

  it("a tampered token or none: no search; only a token that was there but refused raises the notice", () => {
    expect(readCaseListParams({ q: "perez" }, alice.id)).toMatchObject({
      query: { q: undefined },
      searchDropped: true,
    });
    expect(readCaseListParams({}, alice.id)).toMatchObject({
      query: { q: undefined },
      searchDropped: false,
    });
  });
});
