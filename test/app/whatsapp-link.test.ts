import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedWhatsappLink } from "../../src/app/whatsapp-link.ts";
import type { WhatsappWeb, WhatsappWebState } from "../../src/channels/whatsapp/web.ts";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { until } from "../helpers/until.ts";

const log = { warn: () => {} };
let database: Database;
beforeAll(async () => {
  database = await openDatabase({ memory: true });
  await database.migrate();
});
afterAll(() => database.close());


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
});
