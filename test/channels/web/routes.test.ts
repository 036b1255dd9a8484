import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulatorRoutes } from "../../../src/channels/web/routes.ts";
import en from "../../../locales/en/translation.json" with { type: "json" };
import { testServices, type TestServices } from "../../helpers/app.ts";

let services: TestServices;
let app: FastifyInstance;

beforeAll(async () => {
  services = await testServices("pglite");
  app = Fastify();
  await app.register(simulatorRoutes, { dialogue: services.dialogue });
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
