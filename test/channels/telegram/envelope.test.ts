import type { Context } from "grammy";
import { describe, expect, it } from "vitest";
import { envelopeOf, incomingOf } from "../../../src/channels/telegram/envelope.ts";
import type { IncomingMessage } from "../../../src/conversation/types.ts";

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

  it("a sender or chat whose id is not a whole number did not come from Telegram: nobody to answer", () => {
    for (const id of [-3.266080518766934e-61, 1.5, 2 ** 60]) {
      expect(envelopeOf(ctx({ message: { from: { ...from, id }, chat: { ...chat, id }, text: "Dubai visa 100%" } })), String(id)).toBeNull();
    }
    expect(envelopeOf(ctx({ message: { from, chat, text: "Dubai visa 100%" } }))).toMatchObject({ senderId: "7" });
  });

  it("an edited ad is checked again", () => {
    expect(incomingOf(ctx({ edited_message: { from, chat, text: "Dubai visa 100%" } }))).toEqual({ kind: "text", text: "Dubai visa 100%", forwarded: false });
  });

  it("photos and image files carry the largest picture's file id and their caption; a long caption on other media is the ad", () => {
    const photo = [{ file_id: "small", file_size: 512 }, { file_id: "large", file_size: 2048 }];
    const image = (m: IncomingMessage | null) => (m?.kind === "image" ? { id: m.image?.id, size: m.image?.size, mimeType: m.image?.mimeType } : m);
    expect(image(incomingOf(ctx({ message: { from, chat, photo } })))).toEqual({ id: "large", size: 2048, mimeType: "image/jpeg" });
    expect(image(incomingOf(ctx({ message: { from, chat, document: { file_id: "doc", mime_type: "image/png" } } })))).toEqual({ id: "doc", mimeType: "image/png" });
    // Forwarded again, a file keeps its file_unique_id (its file_id need not): that is what a picture is known by.
    const forwarded = [{ file_id: "per-chat-id-1", file_unique_id: "AQADviral", file_size: 4096 }];
    expect(image(incomingOf(ctx({ message: { from, chat, photo: forwarded } })))).toEqual({ id: "AQADviral", size: 4096, mimeType: "image/jpeg" });
    expect(incomingOf(ctx({ message: { from, chat, document: { file_id: "pdf", mime_type: "application/pdf" } } }))).toEqual({ kind: "unsupported" });
    const caption = "Drivers required for Saudi Arabia, visa 100% guaranteed";
    const withCaption = incomingOf(ctx({ message: { from, chat, photo, caption } }));
    expect(withCaption).toMatchObject({ kind: "image", caption });
    expect(image(withCaption)).toEqual({ id: "large", size: 2048, mimeType: "image/jpeg" });
    const video = { file_id: "v", file_unique_id: "v", width: 1, height: 1, duration: 1 };
    expect(incomingOf(ctx({ message: { from, chat, video, caption } }))).toEqual({ kind: "text", text: caption, forwarded: true });
    expect(incomingOf(ctx({ message: { from, chat, video, caption: "look" } }))).toEqual({ kind: "unsupported" });
  });

  it("a photo of an album carries the album's media_group_id, also when its caption is edited", () => {
    const photo = [{ file_id: "p1" }];
    expect(envelopeOf(ctx({ message: { from, chat, photo, media_group_id: "13579" } }))).toMatchObject({ album: "13579", message: { kind: "image" } });
    expect(envelopeOf(ctx({ edited_message: { from, chat, photo, caption: "Drivers for Dubai, visa 100%", media_group_id: "13579" } }))).toMatchObject({ album: "13579" });
    expect(envelopeOf(ctx({ message: { from, chat, photo } }))).not.toHaveProperty("album");
  });

  it("stickers and voice notes are unsupported; button presses are buttons", () => {
    expect(incomingOf(ctx({ message: { from, chat, sticker: { file_id: "s" } } }))).toEqual({ kind: "unsupported" });
    expect(incomingOf(ctx({ callback_query: { id: "1", from, data: "why" } }))).toEqual({ kind: "button", data: "why" });
  });

  it("keeps who wrote only for redaction, keyed by the update id for dedupe, and where a later answer goes", () => {
    expect(envelopeOf(ctx({ message: { from, chat, text: "hi" } }))).toEqual({
      channel: "telegram",
      senderId: "7",
      updateId: "99",
      replyTo: { via: "telegram", to: "7" },
      languageHint: "ur",
      reporter: { names: ["Ali", "Khan"], usernames: ["ali_k"], phones: [] },
      message: { kind: "text", text: "hi", forwarded: false },
    });
  });

  it("a field of the wrong type (which only a forged update has) counts as absent", () => {
    const forged = { id: 7, first_name: ["Ali"], last_name: 5, username: { u: 1 }, language_code: 42 };
    expect(envelopeOf(ctx({ message: { from: forged, chat, text: "hi", caption: 3, media_group_id: 5 } }))).toEqual({
      channel: "telegram",
      senderId: "7",
      updateId: "99",
      replyTo: { via: "telegram", to: "7" },
      reporter: { names: [], usernames: [], phones: [] },
      message: { kind: "text", text: "hi", forwarded: false },
    });
    expect(incomingOf(ctx({ message: { from, chat, text: 12, caption: { a: 1 }, photo: { file_id: "x" }, document: "doc" } }))).toEqual({ kind: "unsupported" });
    expect(incomingOf(ctx({ message: "not a message" }))).toBeNull();
    expect(incomingOf(ctx({ callback_query: { id: "1", from, data: 17 } }))).toBeNull();
    expect(envelopeOf(ctx({ message: { from: { id: "7" }, chat: { id: [7] }, text: "hi" } }))).toBeNull();
  });
});
