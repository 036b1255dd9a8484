import { join } from "node:path";
import wwebjs from "whatsapp-web.js";
import type { WhatsappWebConfig } from "../../config.ts";

/** A message's media as whatsapp-web.js hands it over: base64 in memory. */
export interface WebMedia {
  mimetype: string;
  data: string;
  filesize?: number | null;
}

/** What the adapter reads of a whatsapp-web.js `Message`. */
export interface WebMessage {
  /** `id.id` is the message's own id; the serialized id also holds the chat's phone number. */
  id: { id: string };
  /** The chat: "923001234567@c.us" or "…@lid" for a person, "…@g.us" for a group, "status@broadcast". */
  from: string;
  fromMe: boolean;
  isStatus: boolean;
  /** The text, or the caption of a picture. */
  body: string;
  /** "chat", "image", "document", "video", "sticker", "ptt", … */
  type: string;
  hasMedia: boolean;
  isForwarded: boolean;
  /** The library's raw message (size and mimetype of media). */
  rawData?: object;
  downloadMedia(): Promise<WebMedia | undefined>;
  getContact?(): Promise<{ pushname?: string; name?: string; number?: string }>;
}

/** What the adapter uses of a whatsapp-web.js `Client`: its events, start, stop and sendMessage. */
export interface WebClient {
  on(event: "qr", listener: (qr: string) => void): unknown;
  on(event: "authenticated" | "ready", listener: () => void): unknown;
  on(event: "auth_failure" | "disconnected", listener: (reason: string) => void): unknown;
  on(event: "message", listener: (message: WebMessage) => void): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string, options?: { linkPreview?: boolean }): Promise<unknown>;
}

/**
 * A whatsapp-web.js client driving the system Chromium, headless. LocalAuth
 * keeps the linked session in `sessionDir`, so a restart does not ask for
 * the QR code again; the cached WhatsApp Web page lives there too, not in
 * the working directory.
 */
export function createWebClient(config: WhatsappWebConfig): WebClient {
  return new wwebjs.Client({
    authStrategy: new wwebjs.LocalAuth({ dataPath: config.sessionDir }),
    webVersionCache: { type: "local", path: join(config.sessionDir, "web-versions") },
    puppeteer: { executablePath: config.chromiumPath, headless: true, args: [...config.chromiumArgs] },
  });
}
