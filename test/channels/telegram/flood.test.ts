import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES_PER_MINUTE } from "../../../src/app/services.ts";
import { textUpdate, user } from "../../helpers/telegram-mock.ts";
import { webhookSuite } from "../../helpers/webhook-app.ts";

const en = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "locales", "en", "translation.json"), "utf8"));
const AD = "Dubai drivers urgently required, 100% visa guarantee, advance fee 500$, WhatsApp only 0300-0000111";
const FLOOD = 300;

const suite = webhookSuite("postgres");

describe("one sender cannot crowd out the others", () => {
  it(`answers another sender's ad while one sender floods the webhook with ${FLOOD} updates, and limits the flooder`, async () => {
    const flooder = user(8001, "en");
    const victim = user(8002, "en");
    const { mock, post } = suite;
    const flood = Array.from({ length: FLOOD }, (_, i) => post(textUpdate(flooder, `${AD} #${i}`)));
    const victimAnswered = post(textUpdate(victim, AD));
    const statuses = (await Promise.all([...flood, victimAnswered])).map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set([200]));

    const toVictim = (await mock.waitFor("sendMessage", MESSAGES_PER_MINUTE + 2)).filter((m) => m.chat_id === victim.id);
    expect(toVictim).toHaveLength(1);
    expect(String(toVictim[0]!.text).startsWith(en.risk.high)).toBe(true);

    // The flooder: a verdict for each message within the limit, one "slow down", then silence.
    await new Promise((r) => setTimeout(r, 300));
    const toFlooder = mock.sent().filter((m) => m.chat_id === flooder.id).map((m) => String(m.text));
    expect(toFlooder).toHaveLength(MESSAGES_PER_MINUTE + 1);
    expect(toFlooder.filter((t) => t === en.bot.rateLimited)).toHaveLength(1);
    expect(toFlooder.filter((t) => t.startsWith(en.risk.high))).toHaveLength(MESSAGES_PER_MINUTE);
  });
});
