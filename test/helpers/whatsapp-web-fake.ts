import { EventEmitter } from "node:events";
import type { WebClient, WebMedia, WebMessage } from "../../src/channels/whatsapp/client.ts";

export interface SentMessage {
  chatId: string;
  content: string;
  options: { linkPreview?: boolean } | undefined;
}

/**
 * An object with whatsapp-web.js's `Client` interface for the events and
 * calls the adapter uses: the test emits 'qr', 'ready', 'message',
 * 'disconnected' as the library would; `sendMessage` calls are recorded.
 */
export class FakeWebClient extends EventEmitter implements WebClient {
  readonly sent: SentMessage[] = [];
  readonly createdAt = performance.now();
  initialized = 0;
  destroyed = 0;
  #waiters: (() => void)[] = [];

  constructor(private readonly startup: () => Promise<void> = async () => {}) {
    super();
  }

  initialize(): Promise<void> {
    this.initialized += 1;
    return this.startup();
  }

  async destroy(): Promise<void> {
    this.destroyed += 1;
  }

  async sendMessage(chatId: string, content: string, options?: { linkPreview?: boolean }): Promise<unknown> {
    this.sent.push({ chatId, content, options });
    for (const wake of this.#waiters.splice(0)) wake();
    return { id: { id: `out${this.sent.length}` } };
  }

  /** Resolves when `count` messages have been sent (or rejects after `ms`). */
  async waitFor(count: number, ms = 10_000): Promise<SentMessage[]> {
    const deadline = Date.now() + ms;
    while (this.sent.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${this.sent.length}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.sent;
  }
}

let nextId = 1;

/** A message as whatsapp-web.js delivers it, from a person's chat unless `from` says otherwise. */
export function webMessage(from: string, body: string, extra: Partial<WebMessage> & { media?: WebMedia } = {}): WebMessage {
  const { media, ...rest } = extra;
  return {
    id: { id: `3EB0${(nextId++).toString(16).toUpperCase().padStart(16, "0")}` },
    from,
    fromMe: false,
    isStatus: false,
    body,
    type: "chat",
    hasMedia: media !== undefined,
    isForwarded: false,
    downloadMedia: async () => media,
    ...rest,
  };
}
