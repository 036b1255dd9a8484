import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsSingleton, type Singleton } from "../../src/db/singleton.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { until } from "../helpers/until.ts";

const log = { info: () => {}, warn: () => {} };
let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await createTestDatabase());
});
afterAll(() => drop());


/** Three "instances" competing for one piece of work; records which one runs it. */
function contenders(name: string) {
  const running = new Set<number>();
  let starts = 0;
  const instances: Singleton[] = [0, 1, 2].map((i) =>
    runAsSingleton({
      url,
      name,
      log,
      checkEveryMs: 200,
      start: async () => {
        running.add(i);
        starts++;
        return async () => void running.delete(i);
      },
    }),
  );
  return { instances, running, starts: () => starts };
}

describe("singleton work under a Postgres advisory lock", () => {
  it("runs on exactly one instance, and another takes over when it stops", async () => {
    const { instances, running } = contenders("polling");
    await until(() => running.size === 1);
    await new Promise((r) => setTimeout(r, 600));
    expect(running.size).toBe(1);
    expect(instances.filter((s) => s.isLeader())).toHaveLength(1);
    const [leader] = [...running];
    await instances[leader!]!.stop();
    await until(() => running.size === 1 && !running.has(leader!));
    await Promise.all(instances.map((s) => s.stop()));
    expect(running.size).toBe(0);
  });

  it("stops the work when the leader's connection dies, and the lock passes on", async () => {
    const { instances, running, starts } = contenders("whatsapp");
    await until(() => running.size === 1);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'offercheck:whatsapp' and state is not null and pid in (select pid from pg_locks where locktype = 'advisory')");
    await admin.end();
    await until(() => starts() === 2 && running.size === 1);
    await Promise.all(instances.map((s) => s.stop()));
  });
});
