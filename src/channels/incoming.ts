import { letterCount } from "../conversation/letters.ts";
import type { ImageSource, IncomingMessage } from "../conversation/types.ts";

/** A caption this long is the ad itself, posted with a video or file; a shorter one is a label for it. */
const AD_CAPTION_LETTERS = 20;

/** "/help", "/report@offercheck_bot extra words": a command typed into a chat, or null. */
function commandOf(text: string): { command: string; args: string } | null {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  return m ? { command: m[1]!.toLowerCase(), args: m[2] ?? "" } : null;
}

/** A text message: a typed "/command", or text (a forwarded "/…" is someone else's text, never a command). */
export function textMessage(text: string, forwarded: boolean): IncomingMessage {
  const command = forwarded ? null : commandOf(text);
  return command ? { kind: "command", command: command.command, args: command.args } : { kind: "text", text, forwarded };
}

/**
 * A picture message: the picture is read together with its caption (the
 * dialogue falls back to the caption alone when the picture cannot be read);
 * a video or file is checked by its caption when the caption is long enough
 * to be the advert; a message with neither is one the helpline cannot read.
 */
export function pictureMessage(caption: string, image: ImageSource | undefined): IncomingMessage {
  if (image) return { kind: "image", image, ...(caption ? { caption } : {}) };
  if (letterCount(caption) >= AD_CAPTION_LETTERS) return { kind: "text", text: caption, forwarded: true };
  return { kind: "unsupported" };
}
