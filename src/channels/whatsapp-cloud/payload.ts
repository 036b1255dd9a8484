import { z } from "zod";

/** What the adapter reads of a webhook call; unknown fields are ignored, wrong types refused. */

const media = z.object({
  id: z.string().min(1).max(128),
  mime_type: z.string().max(128).optional(),
  sha256: z.string().max(128).optional(),
  caption: z.string().optional(),
});

const reply = z.object({ id: z.string().min(1).max(256), title: z.string().optional() });

const cloudMessage = z.object({
  /** The sender's WhatsApp id (their phone number's digits). */
  from: z.string().regex(/^\d{5,20}$/),
  /** "wamid.…": the same on a redelivery. */
  id: z.string().min(1).max(512),
  type: z.string().max(32),
  text: z.object({ body: z.string() }).optional(),
  image: media.optional(),
  document: media.extend({ filename: z.string().optional() }).optional(),
  video: media.optional(),
  interactive: z.object({ type: z.string(), button_reply: reply.optional(), list_reply: reply.optional() }).optional(),
  context: z.object({ forwarded: z.boolean().optional(), frequently_forwarded: z.boolean().optional() }).optional(),
});
export type CloudMessage = z.infer<typeof cloudMessage>;

const contact = z.object({ wa_id: z.string(), profile: z.object({ name: z.string().optional() }).optional() });
export type CloudContact = z.infer<typeof contact>;

/**
 * The `value` of a "messages" change: messages from users, or status callbacks of ours.
 * Messages and contacts are checked one by one (`messagesOf`), not here: Meta
 * batches several users' messages in one call and redelivers the whole call
 * until it gets a 200, so one malformed message refused here would leave
 * every other message in the batch unanswered for good.
 */
const messagesValue = z.object({
  metadata: z.object({ phone_number_id: z.string() }),
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
});

const change = z.union([
  z.object({ field: z.literal("messages"), value: messagesValue }),
  // Other subscriptions (account updates, templates) are acknowledged unread; a malformed "messages" change is not one of them.
  z.object({ field: z.string().refine((f) => f !== "messages"), value: z.unknown() }),
]);
type Change = z.infer<typeof change>;

export const webhookPayload = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(z.object({ changes: z.array(change) })),
});
export type WebhookPayload = z.infer<typeof webhookPayload>;
export type MessagesValue = z.infer<typeof messagesValue>;

const isMessages = (c: Change): c is Extract<Change, { field: "messages" }> => c.field === "messages";

/** The "messages" changes of a webhook call, whatever entries they came in. */
export function messagesValues(payload: WebhookPayload): MessagesValue[] {
  return payload.entry.flatMap((e) => e.changes.filter(isMessages).map((c) => c.value));
}

/**
 * A message left out as malformed, described for the log. It carries no
 * field values: they are the sender's number and words.
 */
export interface SkippedMessage {
  /** The message's type when it is a plain type name; anything else could be arbitrary user-controlled text. */
  type: string | undefined;
  /** Which fields failed and how (zod issue codes), e.g. "from: invalid_format". */
  reason: string;
}

const typeName = /^[a-z_]{1,32}$/;

function skipped(m: unknown, error: z.ZodError): SkippedMessage {
  const type = typeof m === "object" && m !== null && "type" in m && typeof m.type === "string" && typeName.test(m.type) ? m.type : undefined;
  // Issue codes and paths only: zod's messages may quote what was expected, and a custom one could quote the input.
  const reason = error.issues.map((i) => `${i.path.length > 0 ? i.path.join(".") : "message"}: ${i.code}`).join(", ");
  return { type, reason };
}

/** The well-formed messages of a "messages" change and the contacts that name their senders; the rest as `skipped`. */
export function messagesOf(value: MessagesValue): { messages: CloudMessage[]; contacts: CloudContact[]; skipped: SkippedMessage[] } {
  const messages: CloudMessage[] = [];
  const rejected: SkippedMessage[] = [];
  for (const m of value.messages ?? []) {
    const parsed = cloudMessage.safeParse(m);
    if (parsed.success) messages.push(parsed.data);
    else rejected.push(skipped(m, parsed.error));
  }
  // A malformed contact costs only its sender's name, which is optional anyway.
  const contacts = (value.contacts ?? []).flatMap((c) => {
    const parsed = contact.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
  return { messages, contacts, skipped: rejected };
}
