import type { Context } from "grammy";
import type { Envelope, IncomingMessage } from "../../conversation/types.ts";

/** A caption this long is the ad itself, posted with a picture; a shorter one is a label for it. */
const AD_CAPTION_LETTERS = 20;

function commandOf(text: string): { command: string; args: string } | null {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  return m ? { command: m[1]!.toLowerCase(), args: m[2] ?? "" } : null;
}

function isImageDocument(mime: string | undefined): boolean {
  return Boolean(mime?.startsWith("image/"));
}

/** The channel-neutral message inside a Telegram update, or null for updates the helpline ignores. */
export function incomingOf(ctx: Context): IncomingMessage | null {
  if (ctx.callbackQuery?.data !== undefined) return { kind: "button", data: ctx.callbackQuery.data };
  const msg = ctx.message ?? ctx.editedMessage ?? ctx.channelPost;
  if (!msg) return null;
  const forwarded = msg.forward_origin !== undefined;
  if (typeof msg.text === "string") {
    const command = !forwarded ? commandOf(msg.text) : null;
    return command ? { kind: "command", command: command.command, args: command.args } : { kind: "text", text: msg.text, forwarded };
  }
  // The largest size of a photo, or an image sent as a file.
  const fileId = msg.photo?.at(-1)?.file_id ?? (isImageDocument(msg.document?.mime_type) ? msg.document?.file_id : undefined);
  const caption = msg.caption ?? "";
  if ((caption.match(/\p{L}/gu)?.length ?? 0) >= AD_CAPTION_LETTERS) return { kind: "text", text: caption, forwarded: true };
  if (fileId) return { kind: "image", fileId, ...(caption ? { caption } : {}) };
  return { kind: "unsupported" };
}

export function envelopeOf(ctx: Context): Envelope | null {
  const message = incomingOf(ctx);
  const from = ctx.from;
  const chat = ctx.chat;
  if (!message || (!from && !chat)) return null;
  const contact = ctx.message?.contact;
  return {
    channel: "telegram",
    senderId: String(from?.id ?? chat!.id),
    updateId: String(ctx.update.update_id),
    ...(from?.language_code ? { languageHint: from.language_code } : {}),
    reporter: {
      names: [from?.first_name, from?.last_name].filter((n): n is string => Boolean(n)),
      usernames: from?.username ? [from.username] : [],
      phones: contact?.user_id === from?.id && contact?.phone_number ? [contact.phone_number] : [],
    },
    message,
  };
}
