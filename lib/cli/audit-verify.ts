import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { closeDb, db } from "@/lib/db";

// `npm run audit:verify`: exit 0 when the audit chain is intact, 1 when it was tampered with.
async function main() {
  const report = await verifyAuditChain(db);
  if (report.isIntact) {
    console.log(
      `Audit log intact: ${report.entries.toLocaleString("en")} entries, hash chain verified.`,
    );
    return;
  }
  console.error(
    `Audit log TAMPERED: the chain breaks at entry ${report.firstBrokenSeq} (${report.problem === "gap" ? "an entry is missing" : "an entry was altered"}).`,
  );
  process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  })
  .finally(() => closeDb());
