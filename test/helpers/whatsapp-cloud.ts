import { createHmac } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/app.ts";
import type { Services } from "../../src/app/services.ts";
import type { WhatsappCloudConfig } from "../../src/config.ts";
import { WHATSAPP_WEBHOOK_PATH, whatsappCloudWebhook } from "../../src/channels/whatsapp-cloud/webhook.ts";
import { listenOnLoopback } from "./listen.ts";

export const CLOUD = {
  accessToken: "EAAG-test-access-token-0123456789",
  phoneNumberId: "106540352242922",
  appSecret: "app-secret-0123456789abcdef",
  verifyToken: "verify-token-0123456789",
  graphApiVersion: "v23.0",
} as const;

/** The HTTP app with the Cloud API webhook, its Graph API calls going to `graphRoot` (a mock). */
export async function startCloudApp(services: Services, graphRoot: string): Promise<{ app: FastifyInstance; url: string; config: WhatsappCloudConfig }> {
  const config: WhatsappCloudConfig = { ...CLOUD, graphApiRoot: graphRoot };
  const app = await buildApp({
    db: services.database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    channels: [async (a) => a.register(whatsappCloudWebhook, { config, dialogue: services.dialogue, i18n: services.i18n, log: services.log })],
  });
  return { app, config, url: `${await listenOnLoopback(app)}${WHATSAPP_WEBHOOK_PATH}` };
}

export function signature(body: string, secret: string = CLOUD.appSecret): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

let nextMessage = 1;

/** A webhook call with one "messages" change to our number (or `phoneNumberId`'s). */
function messagesEvent(value: Record<string, unknown>, phoneNumberId: string = CLOUD.phoneNumberId) {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: "102290129340398",
        changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "15550783881", phone_number_id: phoneNumberId }, ...value } }],
      },
    ],
  };
}

interface UserMessage {
  from: string;
  /** The typed part: text, image, interactive… */
  fields: Record<string, unknown>;
  name?: string;
  id?: string;
}

/** A user's message and the contact naming its sender, as the Cloud API's webhook carries them. */
function userMessage({ from, fields, name, id }: UserMessage) {
  return {
    contact: { profile: { name: name ?? "Amina" }, wa_id: from },
    message: { from, id: id ?? `wamid.HBgM${from}FQIAEhgU${(nextMessage++).toString(16).padStart(20, "0")}`, timestamp: String(Math.floor(Date.now() / 1000)), ...fields },
  };
}

/** A webhook call with one user's message (`fields` is the typed part: text, image, interactive…). */
export function cloudEvent(from: string, fields: Record<string, unknown>, options: { name?: string; id?: string; phoneNumberId?: string } = {}) {
  const { contact, message } = userMessage({ from, fields, ...options });
  return messagesEvent({ contacts: [contact], messages: [message] }, options.phoneNumberId);
}

/** A webhook call with several users' messages in one "messages" change, as Meta batches them. */
export function cloudBatch(messages: UserMessage[]) {
  const parts = messages.map(userMessage);
  return messagesEvent({ contacts: parts.map((p) => p.contact), messages: parts.map((p) => p.message) });
}

export const textFields = (body: string, forwarded = false) => ({ type: "text", text: { body }, ...(forwarded ? { context: { forwarded: true } } : {}) });
export const buttonFields = (id: string, title = "…") => ({ type: "interactive", interactive: { type: "button_reply", button_reply: { id, title } } });
export const listFields = (id: string, title = "…") => ({ type: "interactive", interactive: { type: "list_reply", list_reply: { id, title } } });

/** A status callback: a message of ours was delivered. */
export function statusEvent(to: string) {
  return messagesEvent({ statuses: [{ id: "wamid.out1", status: "delivered", timestamp: "1700000000", recipient_id: to }] });
}
