import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES_PER_MINUTE } from "../../../src/app/services.ts";
import { textUpdate, user } from "../../helpers/telegram-mock.ts";
import { until } from "../../helpers/until.ts";
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

    const [victimVerdict] = await mock.waitForChat(victim.id, 1);
    expect(String(victimVerdict!.text).startsWith(en.risk.high)).toBe(true);
    await until(() => mock.messagesTo(flooder.id).some((m) => String(m.text).startsWith(en.risk.high)));

    // The flooder: the messages within the limit are checked (together, as much as they came close enough to be
    // one forward), one "slow down", then silence.
    await new Promise((r) => setTimeout(r, 300));
    expect(mock.messagesTo(victim.id)).toHaveLength(1);
    const toFlooder = mock.sent().filter((m) => m.chat_id === flooder.id).map((m) => String(m.text));
    expect(toFlooder.filter((t) => t === en.bot.rateLimited)).toHaveLength(1);
    const verdicts = toFlooder.filter((t) => t.startsWith(en.risk.high));
    expect(verdicts.length).toBeGreaterThanOrEqual(1);
    expect(verdicts.length).toBeLessThanOrEqual(MESSAGES_PER_MINUTE);
    expect(toFlooder).toHaveLength(verdicts.length + 1);
  });
});
