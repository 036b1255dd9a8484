import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, GrammyError, HttpError, InlineKeyboard, type Api } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Dialogue } from "../../conversation/dialogue.ts";
import type { OutgoingMessage } from "../../conversation/types.ts";
import { splitText } from "../split-text.ts";
import type { Watcher } from "../../monitor/types.ts";
import { envelopeOf, replyChatOf, TELEGRAM_VIA } from "./envelope.ts";
import { isWatchedChat, watchPosts } from "./watch.ts";

export interface TelegramBotDeps {
  token: string;
  dialogue: Dialogue;
  log: { error: (obj: object, msg: string) => void };
  /** Another Bot API server (a local one, or a test's mock). */
  apiRoot?: string;
  /** Known bot identity: skips the getMe call at start. */
  botInfo?: UserFromGetMe;
  /** TELEGRAM_WATCH=on: posts of the channels and groups the bot is in are checked. */
  watcher?: Watcher;
}

/** Telegram limits a message to 4096 characters; longer verdicts are split on line breaks. */
const TELEGRAM_TEXT_LIMIT = 4096;

function keyboardOf(message: Pick<OutgoingMessage, "buttons">): InlineKeyboard | undefined {
  if (!message.buttons?.length) return undefined;
  return InlineKeyboard.from(message.buttons.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.data))));
}

/** `replyTo`: the message the answer goes under (in a group). */
async function send(api: Api, chatId: number, messages: readonly Pick<OutgoingMessage, "text" | "buttons">[], replyTo?: number): Promise<void> {
  const under = replyTo === undefined ? {} : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } };
  for (const message of messages) {
    const parts = splitText(message.text, TELEGRAM_TEXT_LIMIT);
    for (const [i, part] of parts.entries()) {
      const keyboard = i === parts.length - 1 ? keyboardOf(message) : undefined;
      // Plain text, no parse_mode: nothing from an ad can be taken for markup.
      await api.sendMessage(chatId, part, { ...under, ...(keyboard ? { reply_markup: keyboard } : {}) });
    }
  }
}

/**
 * What of a failed update goes to the log. A Bot API error carries the
 * request's payload (the user's chat id, the text sent to them) and a network
 * error the URL with the bot token: the method and Telegram's answer say
 * enough.
 */
function loggable(error: unknown): unknown {
  if (error instanceof GrammyError) return { type: "GrammyError", method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { type: "HttpError", message: error.message };
  return error;
}

/**
 * The Telegram adapter: turns updates into Envelopes for the dialogue and
 * its answers into sendMessage calls, also those of a forward answered after
 * its updates. No helpline logic lives here.
 */
export function createTelegramBot(deps: TelegramBotDeps): Bot {
  const bot = new Bot(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
  });
  // 429 and 5xx from Telegram are retried after the delay it asks for.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));

  // A failing update is logged and acknowledged. Thrown out of a webhook it would be a 500, and Telegram's
  // redeliveries would only meet the dedupe: the update was already claimed.
  const guarded = bot.errorBoundary((error) => {
    deps.log.error({ err: loggable(error.error), updateId: error.ctx.update.update_id }, "telegram update failed");
  });

  // Updates of one chat in order, different chats concurrently (runner and concurrent webhooks alike).
  guarded.use(sequentialize((ctx) => String(replyChatOf(ctx) ?? "")));

  guarded.on("callback_query:data", async (ctx, next) => {
    // Stop the button's spinner first; the answer follows as a message.
    await ctx.answerCallbackQuery().catch(() => {});
    await next();
  });

  // The dialogue is for private chats. A channel's or group's update is the watcher's, or ignored when nothing watches.
  const watch = deps.watcher ? watchPosts(deps.watcher, (ctx, chatId, text, replyTo) => send(ctx.api, chatId, [{ text }], replyTo)) : undefined;
  guarded.use(async (ctx, next) => {
    if (!isWatchedChat(ctx)) return next();
    await watch?.(ctx, async () => {});
  });

  guarded.use(async (ctx) => {
    const envelope = envelopeOf(ctx);
    const chatId = replyChatOf(ctx);
    if (!envelope || chatId === undefined) return;
    await send(ctx.api, chatId, await deps.dialogue.handle(envelope));
  });
  deps.dialogue.deliverVia(TELEGRAM_VIA, (to, replies) => send(bot.api, Number(to), replies));
  return bot;
}
