import { z } from "zod";

/** What the adapter reads of a webhook call; unknown fields are ignored, wrong types refused. */

const media = z.object({
  id: z.string().min(1).max(128),
  mime_type: z.string().max(128).optional(),
  sha256: z.string().max(128).optional(),
  caption: z.string().optional(),
});

const reply = z.object({ id: z.string().min(1).max(256), title: z.string().optional() });

export const cloudMessage = z.object({
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

/** The `value` of a "messages" change: messages from users, or status callbacks of ours. */
export const messagesValue = z.object({
  metadata: z.object({ phone_number_id: z.string() }),
  contacts: z.array(z.object({ wa_id: z.string(), profile: z.object({ name: z.string().optional() }).optional() })).optional(),
  messages: z.array(cloudMessage).optional(),
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
