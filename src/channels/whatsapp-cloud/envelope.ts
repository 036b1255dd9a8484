import type { Envelope, ImageSource, IncomingMessage } from "../../conversation/types.ts";
import { pictureMessage, textMessage } from "../incoming.ts";
import { opaqueId } from "../opaque-id.ts";
import type { GraphApi } from "./graph.ts";
import { cloudImage } from "./media.ts";
import { messagesOf, messagesValues, type CloudMessage, type SkippedMessage, type WebhookPayload } from "./payload.ts";

/** How the dialogue names this adapter for the answers it writes later. */
export const WHATSAPP_CLOUD_VIA = "whatsapp-cloud";

/** A message to answer: the envelope for the dialogue, and whom to send the answer to. */
export interface Inbound {
  to: string;
  envelope: Envelope;
}

function imageOf(graph: GraphApi, media: NonNullable<CloudMessage["image"]>): ImageSource | undefined {
  // A document is a picture only when it says so.
  if (media.mime_type !== undefined && !media.mime_type.startsWith("image/")) return undefined;
  return cloudImage(graph, { id: media.id, ...(media.sha256 ? { sha256: media.sha256 } : {}), ...(media.mime_type ? { mimeType: media.mime_type } : {}) });
}

export function incomingOf(m: CloudMessage, graph: GraphApi): IncomingMessage {
  const forwarded = Boolean(m.context?.forwarded || m.context?.frequently_forwarded);
  switch (m.type) {
    case "text":
      return m.text ? textMessage(m.text.body, forwarded) : { kind: "unsupported" };
    case "image":
      return m.image ? pictureMessage(m.image.caption ?? "", imageOf(graph, { mime_type: "image/jpeg", ...m.image })) : { kind: "unsupported" };
    case "document":
      return m.document ? pictureMessage(m.document.caption ?? "", m.document.mime_type ? imageOf(graph, m.document) : undefined) : { kind: "unsupported" };
    case "video":
      return pictureMessage(m.video?.caption ?? "", undefined);
    case "interactive": {
      const chosen = m.interactive?.button_reply ?? m.interactive?.list_reply;
      return chosen ? { kind: "button", data: chosen.id } : { kind: "unsupported" };
    }
    default:
      return { kind: "unsupported" };
  }
}

/**
 * The messages of a webhook call addressed to our number, as Envelopes.
 * Status callbacks (sent, delivered, read) and other numbers' messages are
 * left out. The update id stands in for the message id, which holds the
 * sender's number. Malformed messages to our number are left out too, each
 * reported to `onSkipped`, so that the rest of the batch is still answered.
 */
export function inboundOf(payload: WebhookPayload, phoneNumberId: string, graph: GraphApi, onSkipped: (skipped: SkippedMessage) => void = () => {}): Inbound[] {
  const inbound: Inbound[] = [];
  for (const value of messagesValues(payload)) {
    if (value.metadata.phone_number_id !== phoneNumberId) continue;
    const { messages, contacts, skipped } = messagesOf(value);
    skipped.forEach(onSkipped);
    for (const m of messages) {
      const name = contacts.find((c) => c.wa_id === m.from)?.profile?.name;
      inbound.push({
        to: m.from,
        envelope: {
          channel: "whatsapp",
          senderId: m.from,
          updateId: opaqueId(m.id),
          replyTo: { via: WHATSAPP_CLOUD_VIA, to: m.from },
          reporter: { phones: [`+${m.from}`], names: name ? [name] : [] },
          message: incomingOf(m, graph),
        },
      });
    }
  }
  return inbound;
}
