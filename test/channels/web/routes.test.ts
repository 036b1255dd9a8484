import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulatorRoutes } from "../../../src/channels/web/routes.ts";
import en from "../../../locales/en/translation.json" with { type: "json" };
import { readFile } from "node:fs/promises";
import { testServices, type TestServices } from "../../helpers/app.ts";
import { dumpAllTables } from "../../helpers/scan-tables.ts";

let services: TestServices;
let app: FastifyInstance;

beforeAll(async () => {
  services = await testServices("pglite");
  app = Fastify();
  await app.register(simulatorRoutes, { dialogue: services.dialogue, i18n: services.i18n });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await services.close();
});

let messageNo = 0;
async function say(text: string): Promise<string[]> {
  const response = await app.inject({
    method: "POST",
    url: "/simulator/message",
    payload: { session: "simulator-routes-test-1", messageId: `message-${++messageNo}`, languageHint: "en", text },
  });
  expect(response.statusCode).toBe(200);
  return response.json().messages.map((m: { text: string }) => m.text);
}

describe("simulator messages", () => {
  it("reads commands as the messengers do: with a bot name or words after them", async () => {
    expect(await say("/help")).toEqual([en.bot.help]);
    expect(await say("/help@offercheck_bot")).toEqual([en.bot.help]);
    expect(await say("  /HELP me please")).toEqual([en.bot.help]);
  });

  it("checks a pasted advert that merely contains a slash, instead of taking it for a command", async () => {
    const [verdict] = await say("/ Dubai drivers urgently required, 100% visa guarantee, advance fee 500$, WhatsApp only 0300-0000111");
    expect(verdict!.startsWith(en.risk.high)).toBe(true);
  });
});

describe("what the simulator keeps of a browser", () => {
  it("stores no trace of the page's session id: dedupe keys, sessions and reports carry only stand-ins", async () => {
    const session = "simulator-raw-session-id-0042";
    const post = (payload: object) => app.inject({ method: "POST", url: "/simulator/message", payload: { session, languageHint: "en", ...payload } });
    await post({ messageId: "private-1", text: "Dubai drivers urgently required, 100% visa guarantee, advance fee 500$, WhatsApp only 0300-0000111" });
    await post({ messageId: "private-2", button: "urgent:yes" });
    const dump = await dumpAllTables(services.database.db);
    expect(dump).toMatch(/^referrals: /m);
    expect(dump).not.toContain(session);
    expect(await readFile(services.config.reportJournal, "utf8").catch(() => "")).not.toContain(session);
  });
});

describe("flooding from one address", () => {
  it("is refused with 429 past the per-address limit, whatever session id each message claims", async () => {
    const flood = Fastify();
    await flood.register(simulatorRoutes, { dialogue: services.dialogue, i18n: services.i18n, perMinute: 5 });
    await flood.ready();
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await flood.inject({ method: "POST", url: "/simulator/message", remoteAddress: "10.9.9.9", payload: { session: `flood-session-${i}-abcdefgh`, messageId: `flood-${i}-abc`, text: "hello" } });
      codes.push(response.statusCode);
    }
    await flood.close();
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(codes.slice(5)).toEqual([429, 429, 429]);
  });
});
