// kit-exempt: starts a PostgreSQL cluster of its own and writes no app data.
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { startEmbeddedCluster, withClient, type Cluster } from "@/lib/cli/database";

const isRoot = process.getuid?.() === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("npm start's embedded PostgreSQL in a clone under a folder only its owner may enter", () => {
  const made: string[] = [];
  let cluster: Cluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
    delete process.env.PASSAGE_EMBEDDED_PG_HOME;
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it(
    isRoot
      ? "as root: starts, keeping its data where the postgres user can reach it, and starts again on the same data"
      : "as an ordinary user: starts with its data in the clone's own folder",
    { timeout: 180_000 },
    async () => {
      const clone = mkdtempSync(path.join(os.tmpdir(), "passage-clone-"));
      made.push(clone);
      expect(statSync(clone).mode & 0o777).toBe(0o700);
      // Where the relocated cluster goes, instead of /var/lib/passage, so the test leaves nothing.
      const home = mkdtempSync(path.join(os.tmpdir(), "passage-pg-home-"));
      made.push(home);
      chmodSync(home, 0o755);
      process.env.PASSAGE_EMBEDDED_PG_HOME = home;
      const dataDir = path.join(clone, ".data", "postgres");
      const port = await freePort();

      cluster = await startEmbeddedCluster(dataDir, port);
      const version = await withClient(cluster.adminUrl, async (client) => {
        await client.query("CREATE TABLE t (x int)");
        await client.query("INSERT INTO t VALUES (42)");
        return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!
          .server_version;
      });
      expect(version).toMatch(/^17\./);
      expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(!isRoot);
      expect(existsSync(path.join(home, "clusters"))).toBe(isRoot);

      // A second start finds the same data.
      await cluster.stop();
      cluster = await startEmbeddedCluster(dataDir, port);
      const { rows } = await withClient(cluster.adminUrl, (client) =>
        client.query<{ x: number }>("SELECT x FROM t"),
      );
      expect(rows).toStrictEqual([{ x: 42 }]);
    },
  );
});
