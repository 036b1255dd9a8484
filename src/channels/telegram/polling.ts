import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";

/**
 * Long polling with grammY's runner: updates of different chats are handled
 * concurrently, those of one chat in order (a report flow must not race).
 */
export async function startPolling(bot: Bot): Promise<RunnerHandle> {
  // A webhook left behind by an earlier deployment would swallow the updates.
  await bot.api.deleteWebhook();
  return run(bot, { runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query"] } } });
}
