import { afterAll, describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { SightingHistory } from "../../src/referrals/history.ts";
import { LiveRegistry } from "../../src/registry/live.ts";
import { checkAds } from "../../src/scan/chunk-checker.ts";
import { startEnginePool, type EnginePool } from "../../src/scan/engine-pool/pool.ts";
import { operator } from "../helpers/operator.ts";
import { fixtureAdverts } from "../memory/adverts.ts";

const data = loadEngineData();
const licensed = operator();
const LICENSED = "Test Valley Overseas Employment Promoters, OEP Licence No. 1234/RWP. Drivers required for Saudi Arabia, 2 years contract.";
const PHONE_AD = "Работа в Корее без экзамена, предоплата 500$, звоните +996 555 000 812";

describe("the engine pool", () => {
  const registry = new LiveRegistry([]);
  const history = new SightingHistory();
  const here = createEngine(data, registry, history);
  const pools: EnginePool[] = [];
  const pool = (size: number, entry?: string) => {
    const started = startEnginePool({ data, registry, history }, size, entry);
    pools.push(started);
    return started;
  };
  let two: EnginePool | undefined;
  /** One pool of two threads for the tests that need no misbehaving one: each thread takes a while to start. */
  const shared = () => (two ??= pool(2));
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it("answers every advert as the engine on this thread does, in the order sent", async () => {
    const ads = fixtureAdverts().map((ad, i) => ({ id: i % 2 ? ad.id : i, text: ad.text }));
    const engines = shared();
    // Two chunks at once share the threads.
    const other = ads.slice(0, 60).reverse();
    const [a, b] = await Promise.all([engines.check(ads), engines.check(other)]);
    expect(a).toEqual(checkAds(here, ads));
    expect(b).toEqual(checkAds(here, other));
    expect(await engines.check([])).toEqual([]);
    // Threads start by building their engines, which under load takes seconds.
  }, 60_000);

  it("brings the threads the registry's rows and the report counts as they change here", async () => {
    const engines = shared();
    const ads = Array.from({ length: 120 }, (_, i) => ({ id: i, text: i % 2 ? LICENSED : PHONE_AD }));
    const before = await engines.check(ads);
    expect(before[1]!.licence.status).toBe("not_found");
    expect(before[0]!.flags.map((f) => f.id)).not.toContain("reported_before");
    registry.replace([licensed]);
    history.add([{ kind: "phone", value: "+996555000812" }]);
    const after = await engines.check(ads);
    expect(after[1]!.licence).toMatchObject({ status: "active", holder: licensed.name });
    expect(after[0]!.flags.map((f) => f.id)).toContain("reported_before");
    expect(after).toEqual(checkAds(here, ads));
  });

  it("fails the chunk whose thread died or failed, replaces the thread, and answers the next chunks", async () => {
    const engines = pool(1, new URL("../helpers/dying-engine-worker.ts", import.meta.url).href);
    await expect(engines.check([{ id: 1, text: "exit" }])).rejects.toThrow(/exited with code 3/);
    await expect(engines.check([{ id: 2, text: "throw" }])).rejects.toThrow(/thrown on purpose/);
    expect(await engines.check([{ id: 3, text: "fine" }])).toEqual([{ id: 3 }]);
  });

  it("refuses chunks once closed", async () => {
    const engines = pool(1);
    await engines.close();
    await expect(engines.check([{ id: 1, text: PHONE_AD }])).rejects.toThrow(/closed/);
  });
});
