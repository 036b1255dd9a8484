import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEARTBEAT_TICKS, sharedWhatsappLink } from "../../src/app/whatsapp-link.ts";
import type { WhatsappWeb, WhatsappWebState } from "../../src/channels/whatsapp/web.ts";
import type { Db } from "../../src/db/client.ts";
import { until } from "../helpers/until.ts";
import { migratedDatabase } from "../helpers/database.ts";

const log = { warn: () => {} };
let database: Awaited<ReturnType<typeof migratedDatabase>>;
beforeAll(async () => {
  database = await migratedDatabase("pglite");
});
afterAll(() => database.dispose());

describe("the WhatsApp Web link seen from every instance", () => {
  it("shows the session's state and QR code on an instance that does not run it, and 'standby' once nobody does", async () => {
    let state: WhatsappWebState = "qr";
    let qr: string | null = "2@login-code-1";
    const session: WhatsappWeb = { state: () => state, qr: () => qr, stop: async () => {} };
    let running: WhatsappWeb | undefined = session;
    const leader = sharedWhatsappLink(database.db, () => running, log, 50);
    const other = sharedWhatsappLink(database.db, () => undefined, log, 50);
    try {
      await until(() => other.qr() === "2@login-code-1", 5_000);
      expect(other.state()).toBe("qr");
      state = "ready";
      qr = null;
      await until(() => other.state() === "ready", 5_000);
      expect(other.qr()).toBeNull();
      // The instance running the session goes away: its last word goes stale.
      running = undefined;
      leader.stop();
      await until(() => other.state() === "standby", 5_000);
    } finally {
      leader.stop();
      other.stop();
    }
  });

  it("writes the status when it changes and otherwise only a heartbeat every few ticks, which keeps readers from calling it gone", async () => {
    // The running instance reads the session's state once per tick and writes with one insert: the log says which ticks wrote.
    const events: ("tick" | "write" | "change")[] = [];
    let state: WhatsappWebState = "qr";
    let qr: string | null = "2@login-code-a";
    const session: WhatsappWeb = {
      state: () => {
        events.push("tick");
        return state;
      },
      qr: () => qr,
      stop: async () => {},
    };
    const counted = new Proxy(database.db, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (key !== "insert") return value;
        return (...args: unknown[]) => {
          events.push("write");
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as Db;
    const ticks = () => events.filter((e) => e === "tick").length;
    const leader = sharedWhatsappLink(counted, () => session, log, 100);
    const other = sharedWhatsappLink(database.db, () => undefined, log, 100);
    try {
      await until(() => other.qr() === "2@login-code-a", 5_000);
      // Longer unchanged than the 5 ticks after which a status counts as gone.
      const quiet = ticks();
      await until(() => ticks() >= quiet + 8, 5_000);
      expect(other.state()).toBe("qr");
      state = "ready";
      qr = null;
      events.push("change");
      await until(() => other.state() === "ready", 5_000);
      const settled = ticks();
      await until(() => ticks() >= settled + 8, 5_000);
    } finally {
      leader.stop();
      other.stop();
    }
    // Each tick with its write, if any: a write in the tick right after a change, else only every HEARTBEAT_TICKS ticks.
    const perTick: { wrote: boolean; changed: boolean }[] = [];
    let changed = false;
    for (const event of events) {
      if (event === "change") changed = true;
      else if (event === "tick") {
        perTick.push({ wrote: false, changed });
        changed = false;
      } else perTick.at(-1)!.wrote = true;
    }
    expect(perTick[0]!.wrote).toBe(true);
    const changeTick = perTick.findIndex((t) => t.changed);
    expect(perTick[changeTick]!.wrote).toBe(true);
    let sinceWrite = 0;
    for (const [i, t] of perTick.entries()) {
      if (i === 0) continue;
      sinceWrite += 1;
      if (i !== changeTick) expect(t.wrote, `tick ${i}`).toBe(sinceWrite === HEARTBEAT_TICKS);
      if (t.wrote) sinceWrite = 0;
    }
  });
});
