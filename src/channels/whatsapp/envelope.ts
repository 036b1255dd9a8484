import type { Envelope, IncomingMessage } from "../../conversation/types.ts";
import type { ReporterIdentity } from "../../referrals/redact.ts";
import { pictureMessage, textMessage } from "../incoming.ts";
import { opaqueId } from "../opaque-id.ts";
import { ChatMemory } from "./chat-memory.ts";
import type { WebMessage } from "./client.ts";
import { webImage } from "./media.ts";
import { chosenButton } from "./numbered-choices.ts";

/** A person's chat: by phone number (…@c.us) or by WhatsApp's private id (…@lid). Groups, channels and broadcasts are not. */
const PERSON_CHAT = /^[^@\s]+@(?:c\.us|lid)$/;
/** Messages whose text is a caption; other kinds carry data in `body` (a location's thumbnail, a sticker's hash). */
const CAPTIONED = new Set(["image", "video", "document"]);
/** How long a chat's contact is reused: a name the reporter takes on meanwhile is redacted at most this late. */
const CONTACT_TTL_MS = 10 * 60_000;
/** Chats whose contact is kept at most. */
const MAX_CONTACTS = 10_000;

/**
 * What a person sends. Everything else that arrives as a message (security-code
 * changes, call logs, deleted messages, undecryptable ones, reactions, and
 * kinds WhatsApp adds later) is the app talking, and gets no answer.
 */
const SENT_BY_PEOPLE = new Set(["chat", "image", "video", "document", "audio", "ptt", "sticker", "location", "vcard", "multi_vcard", "poll_creation"]);

/** Whether the helpline answers this message: sent by a person, in a one-to-one chat, not our own. */
export function isFromPerson(msg: WebMessage): boolean {
  return !msg.fromMe && !msg.isStatus && PERSON_CHAT.test(msg.from) && SENT_BY_PEOPLE.has(msg.type);
}

function raw(msg: WebMessage): { size?: unknown; mimetype?: unknown; mediaKey?: unknown } {
  return (msg.rawData ?? {}) as { size?: unknown; mimetype?: unknown; mediaKey?: unknown };
}

/** The channel-neutral message; a bare number answers the numbered choices last offered in the chat. */
export function incomingOf(msg: WebMessage, choices: readonly string[]): IncomingMessage {
  if (msg.type === "chat") {
    const chosen = msg.isForwarded ? undefined : chosenButton(msg.body, choices);
    return chosen ? { kind: "button", data: chosen } : textMessage(msg.body, msg.isForwarded);
  }
  if (!CAPTIONED.has(msg.type)) return { kind: "unsupported" };
  const { size, mimetype, mediaKey } = raw(msg);
  const mimeType = typeof mimetype === "string" ? mimetype : msg.type === "image" ? "image/jpeg" : undefined;
  const isPicture = msg.hasMedia && Boolean(mimeType?.startsWith("image/"));
  const image = isPicture
    ? webImage(msg, {
        // The media key follows a picture when it is forwarded: the same picture, the same id.
        id: opaqueId(typeof mediaKey === "string" ? mediaKey : msg.id.id),
        ...(typeof size === "number" ? { size } : {}),
        ...(mimeType ? { mimeType } : {}),
      })
    : undefined;
  return pictureMessage(msg.body, image);
}

/**
 * The reporters of recent chats. getContact() is a round trip into the
 * browser and comes before the dialogue's duplicate check and rate limit:
 * kept per chat, a flood costs one per chat, not one per message.
 */
export function reporterMemory(now?: () => number): ChatMemory<ReporterIdentity> {
  return new ChatMemory(CONTACT_TTL_MS, MAX_CONTACTS, now);
}

/** Only to scrub the sender's own name and number from what we keep. */
async function reporterOf(msg: WebMessage, known: ChatMemory<ReporterIdentity>): Promise<ReporterIdentity> {
  const cached = known.get(msg.from);
  if (cached) return cached;
  const contact = await msg.getContact?.().catch(() => undefined);
  const phones = [contact?.number, /^(\d+)@c\.us$/.exec(msg.from)?.[1]].filter((n): n is string => Boolean(n));
  const reporter = {
    names: [contact?.pushname, contact?.name].filter((n): n is string => Boolean(n)),
    phones: [...new Set(phones)].map((n) => `+${n}`),
  };
  // Without the contact the names are missing: the next message asks again rather than go unredacted for the whole TTL.
  if (contact) known.set(msg.from, reporter);
  return reporter;
}

/** How the dialogue names this adapter for the answers it writes later. */
export const WHATSAPP_WEB_VIA = "whatsapp-web";

/**
 * The Envelope of a whatsapp-web.js message. The sender is the phone number
 * (as the Cloud API names it, so a person stays one sender on both), or the
 * private id; the update id is a stand-in for the message id, which holds
 * the number.
 */
export async function envelopeOf(msg: WebMessage, choices: readonly string[], reporters: ChatMemory<ReporterIdentity>): Promise<Envelope> {
  return {
    channel: "whatsapp",
    senderId: msg.from.replace(/@c\.us$/, ""),
    updateId: opaqueId(msg.id.id),
    replyTo: { via: WHATSAPP_WEB_VIA, to: msg.from },
    reporter: await reporterOf(msg, reporters),
    message: incomingOf(msg, choices),
  };
}
