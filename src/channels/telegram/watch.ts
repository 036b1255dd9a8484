import type { Context, MiddlewareFn } from "grammy";
import { z } from "zod";
import type { WatchedChat, WatchedPost, Watcher } from "../../monitor/types.ts";
import { optionalString, TELEGRAM_ID } from "./envelope.ts";

/** The updates a watching bot asks Telegram for, besides those of private chats. */
export const WATCH_UPDATES = ["channel_post", "edited_channel_post"] as const;

// Only the chat and the words: the post's author (from, sender_chat, author_signature) is never read.
const post = z.object({
  message_id: z.number().int().positive().refine(Number.isSafeInteger),
  date: z.number().int().nonnegative(),
  chat: z.object({ id: TELEGRAM_ID, type: z.enum(["channel", "group", "supergroup"]), title: optionalString, username: optionalString }),
  text: optionalString,
  caption: optionalString,
});

/** "/watch reply on", also as "/watch@this_bot reply on". */
const COMMAND = /^\/watch(?:@\w+)?(?:\s+([\s\S]*))?$/i;

/** A channel or group chat of an update (also of a button under the bot's reply), whatever the update holds. */
export function isWatchedChat(ctx: Context): boolean {
  const type = (ctx.chat as { type?: unknown } | undefined)?.type;
  return type === "channel" || type === "group" || type === "supergroup";
}

function parsed(ctx: Context): WatchedPost | null {
  const edited = Boolean(ctx.editedChannelPost ?? ctx.editedMessage);
  const result = post.safeParse(ctx.channelPost ?? ctx.editedChannelPost ?? ctx.message ?? ctx.editedMessage);
  if (!result.success) return null;
  const { message_id, date, chat: c, text, caption } = result.data;
  const words = text ?? caption;
  if (!words) return null;
  // A title is always there for groups and channels; a chat without one is named by its id.
  const chat: WatchedChat = { id: c.id, kind: c.type, title: c.title ?? String(c.id), ...(c.username ? { username: c.username } : {}) };
  return { chat, messageId: message_id, edited, text: words, postedAt: new Date(date * 1000) };
}

/** Whether the sender of a group message administers the group: an anonymous admin writes as the group itself. */
async function isAdmin(ctx: Context, chatId: number): Promise<boolean> {
  if (ctx.senderChat?.id === chatId) return true;
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  const member = await ctx.api.getChatMember(chatId, userId);
  return member.status === "creator" || member.status === "administrator";
}

/**
 * Posts of channels and groups go to the watcher (text or caption; pictures
 * are not read: OCR is kept for the people who ask). "/watch" in a group is
 * its admins' setting. Nothing of the author reaches the watcher; the
 * admin check reads the sender's id from the update and keeps nothing.
 */
export function watchPosts(watcher: Watcher, answer: (ctx: Context, chatId: number, text: string, replyTo: number) => Promise<void>): MiddlewareFn<Context> {
  return async (ctx) => {
    const p = parsed(ctx);
    if (!p) return;
    const command = p.chat.kind !== "channel" && !p.edited ? COMMAND.exec(p.text.trim()) : null;
    if (command) {
      const admin = await isAdmin(ctx, p.chat.id);
      const languageHint = ctx.from?.language_code;
      const reply = await watcher.command(p.chat, command[1] ?? "", { admin, ...(languageHint ? { languageHint } : {}) });
      await answer(ctx, p.chat.id, reply.text, p.messageId);
      return;
    }
    const reply = await watcher.check(p);
    if (reply) await answer(ctx, p.chat.id, reply.text, p.messageId);
  };
}
