import type { Context } from "grammy";
import { describe, expect, it } from "vitest";
import { envelopeOf, incomingOf } from "../../../src/channels/telegram/envelope.ts";

const from = { id: 7, is_bot: false, first_name: "Ali", last_name: "Khan", username: "ali_k", language_code: "ur" };
const chat = { id: 7, type: "private" as const, first_name: "Ali" };

function ctx(update: Record<string, unknown>): Context {
  const message = (update.message ?? update.edited_message) as Record<string, unknown> | undefined;
  const callback = update.callback_query as Record<string, unknown> | undefined;
  return {
    update: { update_id: 99, ...update },
    message: update.message,
    editedMessage: update.edited_message,
    callbackQuery: callback,
    from: message?.from ?? callback?.from,
    chat: message?.chat,
  } as unknown as Context;
}

describe("Telegram updates become channel-neutral messages", () => {
  it("text, forwarded text and commands", () => {
    expect(incomingOf(ctx({ message: { from, chat, text: "hello" } }))).toEqual({ kind: "text", text: "hello", forwarded: false });
    expect(incomingOf(ctx({ message: { from, chat, text: "/start", forward_origin: { type: "hidden_user", sender_user_name: "x", date: 1 } } }))).toEqual({
      kind: "text",
      text: "/start",
      forwarded: true,
    });
    expect(incomingOf(ctx({ message: { from, chat, text: "/language@offercheck_bot" } }))).toEqual({ kind: "command", command: "language", args: "" });
  });

  it("an edited ad is checked again", () => {
    expect(incomingOf(ctx({ edited_message: { from, chat, text: "Dubai visa 100%" } }))).toEqual({ kind: "text", text: "Dubai visa 100%", forwarded: false });
  });

  it("photos and image files carry the largest picture's file id; a long caption is the ad", () => {
    const photo = [{ file_id: "small" }, { file_id: "large" }];
    expect(incomingOf(ctx({ message: { from, chat, photo } }))).toEqual({ kind: "image", fileId: "large" });
    expect(incomingOf(ctx({ message: { from, chat, document: { file_id: "doc", mime_type: "image/jpeg" } } }))).toEqual({ kind: "image", fileId: "doc" });
    expect(incomingOf(ctx({ message: { from, chat, document: { file_id: "pdf", mime_type: "application/pdf" } } }))).toEqual({ kind: "unsupported" });
    const caption = "Drivers required for Saudi Arabia, visa 100% guaranteed";
    expect(incomingOf(ctx({ message: { from, chat, photo, caption } }))).toEqual({ kind: "text", text: caption, forwarded: true });
  });

  it("stickers and voice notes are unsupported; button presses are buttons", () => {
    expect(incomingOf(ctx({ message: { from, chat, sticker: { file_id: "s" } } }))).toEqual({ kind: "unsupported" });
    expect(incomingOf(ctx({ callback_query: { id: "1", from, data: "why" } }))).toEqual({ kind: "button", data: "why" });
  });

  it("keeps who wrote only for redaction, keyed by the update id for dedupe", () => {
    expect(envelopeOf(ctx({ message: { from, chat, text: "hi" } }))).toEqual({
      channel: "telegram",
      senderId: "7",
      updateId: "99",
      languageHint: "ur",
      reporter: { names: ["Ali", "Khan"], usernames: ["ali_k"], phones: [] },
      message: { kind: "text", text: "hi", forwarded: false },
    });
  });
});
