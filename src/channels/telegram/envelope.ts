import type { Context } from "grammy";
import { z } from "zod";
import type { Envelope, IncomingMessage } from "../../conversation/types.ts";
import { pictureMessage, textMessage } from "../incoming.ts";
import { telegramImage } from "./media.ts";

// The fields of an update the helpline reads. Telegram never sends one of the wrong type, but anyone who
// learns the webhook secret could: such a field counts as absent instead of failing deep in the dialogue.
export const optionalString = z.string().optional().catch(undefined);
/** Telegram's user and chat ids are integers of at most 52 bits: anything else did not come from Telegram. */
export const TELEGRAM_ID = z.number().int().refine(Number.isSafeInteger);
const optionalNumber = z.number().optional().catch(undefined);
const file = z.object({ file_id: z.string(), file_unique_id: optionalString, file_size: optionalNumber, mime_type: optionalString });
const telegramMessage = z.object({
  text: optionalString,
  caption: optionalString,
  forward_origin: z.unknown().optional(),
  media_group_id: optionalString,
  photo: z.array(file).optional().catch(undefined),
  document: file.optional().catch(undefined),
  contact: z.object({ phone_number: optionalString, user_id: optionalNumber }).optional().catch(undefined),
});
const telegramUser = z
  .object({ id: TELEGRAM_ID, first_name: optionalString, last_name: optionalString, username: optionalString, language_code: optionalString })
  .optional()
  .catch(undefined);
const telegramChat = z.object({ id: TELEGRAM_ID }).optional().catch(undefined);

function isImageDocument(mime: string | undefined): boolean {
  return Boolean(mime?.startsWith("image/"));
}

const messageOf = (ctx: Context): unknown => ctx.message ?? ctx.editedMessage ?? ctx.channelPost;

/** The channel-neutral message inside a Telegram update, or null for updates the helpline ignores. */
export function incomingOf(ctx: Context): IncomingMessage | null {
  const data: unknown = ctx.callbackQuery?.data;
  if (typeof data === "string") return { kind: "button", data };
  const parsed = telegramMessage.safeParse(messageOf(ctx));
  if (!parsed.success) return null;
  const msg = parsed.data;
  const forwarded = msg.forward_origin !== undefined;
  if (msg.text !== undefined) return textMessage(msg.text, forwarded);
  // The largest size of a photo, or an image sent as a file: read with its caption.
  const largest = msg.photo?.at(-1);
  const document = isImageDocument(msg.document?.mime_type) ? msg.document : undefined;
  const picture = largest ? { ...largest, mime_type: "image/jpeg" } : document;
  const image =
    picture &&
    telegramImage(ctx.api, picture.file_id, {
      ...(picture.file_unique_id ? { uniqueId: picture.file_unique_id } : {}),
      ...(picture.file_size !== undefined ? { size: picture.file_size } : {}),
      ...(picture.mime_type ? { mimeType: picture.mime_type } : {}),
    });
  return pictureMessage(msg.caption ?? "", image || undefined);
}

/** The chat to answer in (the user's own in a private chat); undefined when the update names none properly. */
export function replyChatOf(ctx: Context): number | undefined {
  return telegramChat.parse(ctx.chat)?.id ?? telegramUser.parse(ctx.from)?.id;
}

/** How the dialogue names this adapter for the answers it writes later. */
export const TELEGRAM_VIA = "telegram";

export function envelopeOf(ctx: Context): Envelope | null {
  const message = incomingOf(ctx);
  const from = telegramUser.parse(ctx.from);
  const chat = telegramChat.parse(ctx.chat);
  if (!message || (!from && !chat)) return null;
  const contact = telegramMessage.shape.contact.parse(ctx.message?.contact);
  const album = telegramMessage.safeParse(messageOf(ctx)).data?.media_group_id;
  return {
    channel: "telegram",
    senderId: String(from?.id ?? chat!.id),
    updateId: String(ctx.update.update_id),
    replyTo: { via: TELEGRAM_VIA, to: String(replyChatOf(ctx)) },
    ...(album ? { album } : {}),
    ...(from?.language_code ? { languageHint: from.language_code } : {}),
    reporter: {
      names: [from?.first_name, from?.last_name].filter((n): n is string => Boolean(n)),
      usernames: from?.username ? [from.username] : [],
      phones: contact?.user_id === from?.id && contact?.phone_number ? [contact.phone_number] : [],
    },
    message,
  };
}
