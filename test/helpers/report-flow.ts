import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { buttonUpdate, textUpdate, type TelegramMock, type user } from "./telegram-mock.ts";

/**
 * One reporter's conversation with the real bot, driven the way a person
 * (and Telegram) would: each update is delivered, retried with the same
 * update_id until the webhook takes it, and the next one is sent only after
 * the bot's answer to this one arrived and was the expected one.
 */

const ROOT = join(import.meta.dirname, "..", "..");
const en = JSON.parse(readFileSync(join(ROOT, "locales", "en", "translation.json"), "utf8")) as { bot: { report: Record<string, string> } };

/** English adverts the engine calls fraud (not smuggling or trafficking): answered with exactly one message, the verdict. */
export const FRAUD_ADS: readonly string[] = (JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "ads", "en.json"), "utf8")) as { text: string; expect: { crime?: string } }[])
  .filter((c) => c.expect.crime === "fraud")
  .map((c) => c.text);

const REFERENCE = "([2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3})";

/** A bot text from the English locale as a pattern; {{reference}} is captured. */
function localeText(key: string): RegExp {
  const escaped = en.bot.report[key]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\\\{\\\{reference\\\}\\\}/, REFERENCE).replace(/\\\{\\\{\w+\\\}\\\}/g, ".*")}$`, "s");
}

type Message = Record<string, unknown>;

/** The buttons' data, without the key of the advert a verdict's buttons carry ("report:3f9a…" → "report"). */
function buttons(message: Message): string[] {
  const markup = message.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => (b.callback_data ?? "").replace(/:[0-9a-f]{10}$/, ""));
}

export interface FlowStep {
  update: Update;
  /** What this update is, for failure messages. */
  what: string;
  /** Whether the bot's one answer to this update is the right one. */
  expect: (reply: Message) => boolean;
}

/** "urgent-twice": an impatient reporter presses "urgent" again after the answer; the same report, the same reference. */
export type ReportPath = "urgent" | "urgent-twice" | "full";

/**
 * A sender's report: the advert, then either "urgent:yes" or the whole
 * question flow (answers typed or skipped, by `variant`), ending with a
 * reference. Every step is answered with exactly one message.
 */
export function reportFlow(from: ReturnType<typeof user>, ad: string, path: ReportPath, variant: number): FlowStep[] {
  const is = (key: string) => (m: Message) => localeText(key).test(String(m.text));
  const offers = (data: string) => (m: Message) => buttons(m).includes(data);
  const steps: FlowStep[] = [{ update: textUpdate(from, ad), what: "advert", expect: offers("report") }];
  if (path !== "full") {
    steps.push({ update: buttonUpdate(from, "urgent:yes"), what: "urgent:yes", expect: is("doneUrgent") });
    if (path === "urgent-twice") steps.push({ update: buttonUpdate(from, "urgent:yes"), what: "urgent:yes again", expect: is("doneUrgent") });
    return steps;
  }
  const paid = ["paid:yes", "paid:no", "skip"][variant % 3]!;
  steps.push(
    { update: buttonUpdate(from, "report"), what: "report", expect: (m) => is("explain")(m) && offers("consent:yes")(m) },
    { update: buttonUpdate(from, "consent:yes"), what: "consent:yes", expect: is("askWhere") },
    { update: variant % 2 ? textUpdate(from, "Facebook group") : buttonUpdate(from, "skip"), what: "where seen", expect: (m) => is("askPaid")(m) && offers("paid:yes")(m) },
    { update: buttonUpdate(from, paid), what: paid, expect: is("askAmount") },
    { update: variant % 4 < 2 ? textUpdate(from, "50,000 rupees") : buttonUpdate(from, "skip"), what: "amount", expect: is("done") },
  );
  return steps;
}

/** The references in the "report filed" answers among `replies`. */
export function referencesIn(replies: Message[]): string[] {
  return replies.flatMap((m) => new RegExp(REFERENCE).exec(String(m.text))?.[1] ?? []);
}

/**
 * Posts an update to a webhook as Telegram does: anything but a 2xx (or no
 * answer at all) and the same update is delivered again after a pause.
 * Resolves with the number of deliveries it took.
 */
export async function deliver(url: string, secret: string, update: Update, deadlineMs = 60_000): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      if (res.ok) return attempt;
    } catch {
      // No answer: Telegram would retry too.
    }
    if (Date.now() > deadline) throw new Error(`update ${update.update_id} not taken by the webhook after ${attempt} deliveries`);
    await new Promise((r) => setTimeout(r, 250 * attempt));
  }
}

/**
 * Runs the steps in order: `post` delivers each (to one instance or several),
 * then the chat must have received exactly one more message, the expected
 * one. Throws on the first wrong or missing answer.
 */
export async function runFlow(mock: TelegramMock, steps: FlowStep[], post: (update: Update, step: number) => Promise<unknown>, replyMs = 30_000): Promise<Message[]> {
  const chat = Number((steps[0]!.update.message ?? steps[0]!.update.callback_query)!.from!.id);
  const before = mock.messagesTo(chat).length;
  for (const [i, step] of steps.entries()) {
    await post(step.update, i);
    const messages = await mock.waitForChat(chat, before + i + 1, replyMs);
    const reply = messages[before + i]!;
    if (!step.expect(reply)) throw new Error(`chat ${chat}, after "${step.what}": unexpected answer ${JSON.stringify(String(reply.text).slice(0, 120))}`);
  }
  return mock.messagesTo(chat).slice(before);
}
