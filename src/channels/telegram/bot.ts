import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, InlineKeyboard, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Dialogue } from "../../conversation/dialogue.ts";
import type { OutgoingMessage } from "../../conversation/types.ts";
import { envelopeOf } from "./envelope.ts";

export interface TelegramBotDeps {
  token: string;
  dialogue: Dialogue;
  log: { error: (obj: object, msg: string) => void };
  /** Another Bot API server (a local one, or a test's mock). */
  apiRoot?: string;
  /** Known bot identity: skips the getMe call at start. */
  botInfo?: UserFromGetMe;
}

/** Telegram limits a message to 4096 characters; longer verdicts are split on line breaks. */
const TELEGRAM_TEXT_LIMIT = 4096;

export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf("\n", limit);
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, "");
  }
  parts.push(rest);
  return parts;
}

function keyboardOf(message: OutgoingMessage): InlineKeyboard | undefined {
  if (!message.buttons?.length) return undefined;
  return InlineKeyboard.from(message.buttons.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.data))));
}

async function send(ctx: Context, message: OutgoingMessage): Promise<void> {
  const chatId = ctx.chat?.id ?? ctx.from?.id;
  if (chatId === undefined) return;
  const parts = splitText(message.text);
  for (const [i, part] of parts.entries()) {
    const keyboard = i === parts.length - 1 ? keyboardOf(message) : undefined;
    // Plain text, no parse_mode: nothing from an ad can be taken for markup.
    await ctx.api.sendMessage(chatId, part, keyboard ? { reply_markup: keyboard } : {});
  }
}

/**
 * The Telegram adapter: turns updates into Envelopes for the dialogue and
 * its answers into sendMessage calls. No helpline logic lives here.
 */
export function createTelegramBot(deps: TelegramBotDeps): Bot {
  const bot = new Bot(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
  });
  // 429 and 5xx from Telegram are retried after the delay it asks for.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));

  // Updates of one chat in order, different chats concurrently (runner and concurrent webhooks alike).
  bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));

  bot.on("callback_query:data", async (ctx, next) => {
    // Stop the button's spinner first; the answer follows as a message.
    await ctx.answerCallbackQuery().catch(() => {});
    await next();
  });

  bot.use(async (ctx) => {
    const envelope = envelopeOf(ctx);
    if (!envelope) return;
    const replies = await deps.dialogue.handle(envelope);
    for (const reply of replies) await send(ctx, reply);
  });

  bot.catch((error) => {
    deps.log.error({ err: error.error, updateId: error.ctx.update.update_id }, "telegram update failed");
  });
  return bot;
}
