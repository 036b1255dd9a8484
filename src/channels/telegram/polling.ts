import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import { WATCH_UPDATES } from "./watch.ts";

/** The updates the bot asks Telegram for: channel posts too when it watches (group messages are "message"). */
export function allowedUpdates(watch: boolean) {
  return ["message", "edited_message", "callback_query", ...(watch ? WATCH_UPDATES : [])] as const;
}

/**
 * Long polling with grammY's runner: updates of different chats are handled
 * concurrently, those of one chat in order (a report flow must not race).
 */
export async function startPolling(bot: Bot, options: { watch?: boolean } = {}): Promise<RunnerHandle> {
  // A webhook left behind by an earlier deployment would swallow the updates.
  await bot.api.deleteWebhook();
  return run(bot, { runner: { fetch: { allowed_updates: [...allowedUpdates(options.watch ?? false)] } } });
}
