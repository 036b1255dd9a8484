import type { i18n } from "i18next";
import QRCode from "qrcode";
import type { WhatsappWebConfig } from "../../config.ts";
import type { Dialogue } from "../../conversation/dialogue.ts";
import type { OutgoingMessage } from "../../conversation/types.ts";
import { perChatQueue } from "../../conversation/per-chat.ts";
import { splitText } from "../split-text.ts";
import { ChoiceMemory } from "./choice-memory.ts";
import { createWebClient, type WebClient, type WebMessage } from "./client.ts";
import { envelopeOf, isFromPerson, reporterMemory, WHATSAPP_WEB_VIA } from "./envelope.ts";
import { numberChoices } from "./numbered-choices.ts";

/** WhatsApp takes long messages, but a verdict reads better in parts of this size. */
const TEXT_LIMIT = 4096;
/** Waits before reconnecting: doubling from the first to the last, back to the first once connected. */
const RETRY = { firstMs: 5_000, maxMs: 5 * 60_000 };

export type WhatsappWebState = "starting" | "qr" | "authenticated" | "ready" | "reconnecting" | "stopped";

export interface WhatsappWeb {
  state(): WhatsappWebState;
  /** The login QR code's text while WhatsApp waits for a phone to scan it, else null. */
  qr(): string | null;
  /** Closes the browser; later calls do nothing. */
  stop(): Promise<void>;
}

export interface WhatsappWebDeps {
  config: WhatsappWebConfig;
  dialogue: Dialogue;
  i18n: i18n;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** The whatsapp-web.js client (tests pass an object with the same events). */
  createClient?: (config: WhatsappWebConfig) => WebClient;
  /** Where the login QR code is shown besides the dashboard (default: the terminal). */
  printQr?: (qr: string) => void;
  retry?: { firstMs: number; maxMs: number };
  /** The clock of what is kept per chat in memory (tests move it instead of waiting). */
  now?: () => number;
}

function printQrToTerminal(qr: string): void {
  QRCode.toString(qr, { type: "terminal", small: true })
    .then((drawing) => process.stdout.write(`Scan this code in WhatsApp (Settings → Linked devices → Link a device):\n${drawing}\n`))
    .catch(() => {});
}

/**
 * Links a WhatsApp number through WhatsApp Web (whatsapp-web.js in the
 * system Chromium) and answers its one-to-one chats with the dialogue.
 * Buttons become numbered choices. A lost connection is retried with a
 * growing wait; state changes are logged, phone numbers never.
 */
export function startWhatsappWeb(deps: WhatsappWebDeps): WhatsappWeb {
  const { config, dialogue, i18n, log } = deps;
  const createClient = deps.createClient ?? createWebClient;
  const printQr = deps.printQr ?? printQrToTerminal;
  const retry = deps.retry ?? RETRY;
  const choices = new ChoiceMemory(deps.now);
  const reporters = reporterMemory(deps.now);
  const inChatOrder = perChatQueue();

  let state: WhatsappWebState = "starting";
  let qr: string | null = null;
  let client: WebClient | undefined;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopping: Promise<void> | undefined;
  /** Disconnects the ready client from the forwards answered after their updates. */
  let undeliverable: (() => void) | undefined;

  const setState = (next: WhatsappWebState) => {
    if (next !== "qr") qr = null;
    // Forwards answered after their updates wait (in the store) while no client is ready to write them.
    if (next !== "ready") undeliverable?.();
    if (next === state) return;
    state = next;
    log.info({ state }, "whatsapp web");
  };

  async function answer(c: WebClient, msg: WebMessage): Promise<void> {
    const chat = msg.from;
    await send(c, chat, await dialogue.handle(await envelopeOf(msg, choices.recall(chat), reporters)));
  }

  async function send(c: WebClient, chat: string, replies: OutgoingMessage[]): Promise<void> {
    if (replies.length === 0) return;
    const { texts, choices: offered } = numberChoices(replies, i18n);
    choices.remember(chat, offered);
    for (const text of texts) {
      // No link previews: WhatsApp would fetch the scammers' links.
      for (const part of splitText(text, TEXT_LIMIT)) await c.sendMessage(chat, part, { linkPreview: false });
    }
  }

  /** Gives up a client once (whatever failed first) and schedules the next. */
  function reconnect(c: WebClient, reason: string): void {
    if (client !== c || stopping) return;
    client = undefined;
    const wait = Math.min(retry.maxMs, retry.firstMs * 2 ** failures);
    failures += 1;
    log.warn({ reason, retryInSeconds: Math.round(wait / 1000) }, "whatsapp web disconnected");
    setState("reconnecting");
    c.destroy().catch((error: unknown) => log.warn({ err: error }, "whatsapp web client not closed"));
    timer = setTimeout(connect, wait);
  }

  function connect(): void {
    timer = undefined;
    if (stopping) return;
    const c = createClient(config);
    client = c;
    c.on("qr", (code) => {
      if (client !== c) return;
      setState("qr");
      qr = code;
      printQr(code);
    });
    c.on("authenticated", () => {
      if (client === c) setState("authenticated");
    });
    c.on("ready", () => {
      if (client !== c) return;
      failures = 0;
      setState("ready");
      undeliverable = dialogue.deliverVia(WHATSAPP_WEB_VIA, (chat, replies) => inChatOrder(chat, () => send(c, chat, replies)));
    });
    c.on("auth_failure", (reason) => reconnect(c, `auth_failure: ${reason}`));
    c.on("disconnected", (reason) => reconnect(c, String(reason)));
    c.on("message", (msg) => {
      if (client !== c || !isFromPerson(msg)) return;
      inChatOrder(msg.from, () => answer(c, msg)).catch((error: unknown) => log.error({ err: error }, "whatsapp message failed"));
    });
    c.initialize().catch((error: unknown) => reconnect(c, error instanceof Error ? error.message : String(error)));
  }

  log.info({ state }, "whatsapp web");
  connect();

  return {
    state: () => state,
    qr: () => qr,
    stop() {
      stopping ??= (async () => {
        clearTimeout(timer);
        const c = client;
        client = undefined;
        setState("stopped");
        await c?.destroy().catch((error: unknown) => log.warn({ err: error }, "whatsapp web client not closed"));
      })();
      return stopping;
    },
  };
}
