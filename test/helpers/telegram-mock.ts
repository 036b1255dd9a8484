import Fastify, { type FastifyInstance } from "fastify";
import type { Update } from "grammy/types";

export interface BotApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * A real HTTP server speaking the Telegram Bot API (the methods the bot uses),
 * so tests run the bot's real grammY client against it: every call is
 * recorded, getUpdates serves queued updates for long polling.
 */
export class TelegramMock {
  readonly calls: BotApiCall[] = [];
  readonly #queue: Update[] = [];
  #waiters: (() => void)[] = [];
  #messageId = 1000;
  #server: FastifyInstance | undefined;
  url = "";

  async start(): Promise<void> {
    const server = Fastify();
    server.post<{ Params: { token: string; method: string } }>("/bot:token/:method", async (request) => {
      const method = request.params.method;
      const payload = (request.body ?? {}) as Record<string, unknown>;
      if (method !== "getUpdates") this.calls.push({ method, payload });
      for (const wake of this.#waiters.splice(0)) wake();
      return { ok: true, result: await this.#result(method, payload) };
    });
    await server.listen({ host: "127.0.0.1", port: 0 });
    const address = server.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    this.#server = server;
  }

  async stop(): Promise<void> {
    await this.#server?.close();
  }

  /** Queue updates for a long-polling bot. */
  push(...updates: Update[]): void {
    this.#queue.push(...updates);
  }

  sent(method = "sendMessage"): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.payload);
  }

  /** Resolves when `count` calls of `method` have been made (or rejects after `ms`). */
  async waitFor(method: string, count: number, ms = 10_000): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + ms;
    while (this.sent(method).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} ${method} calls, got ${this.sent(method).length}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.sent(method);
  }

  async #result(method: string, payload: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return { id: 42, is_bot: true, first_name: "offercheck", username: "offercheck_test_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
      case "sendMessage":
        return { message_id: this.#messageId++, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id, type: "private" }, text: payload.text };
      case "getUpdates": {
        // Updates below the offset are confirmed: Telegram forgets them.
        const offset = Number(payload.offset ?? 0);
        const pending = () => this.#queue.filter((u) => u.update_id >= offset);
        if (pending().length === 0) await new Promise((r) => setTimeout(r, 100));
        this.#queue.splice(0, this.#queue.length, ...pending());
        return [...this.#queue];
      }
      default:
        return true;
    }
  }
}

let nextUpdate = 1;
const now = () => Math.floor(Date.now() / 1000);

export function user(id: number, language_code?: string, first_name = "Amina") {
  return { id, is_bot: false, first_name, ...(language_code ? { language_code } : {}) };
}

export function textUpdate(from: ReturnType<typeof user>, text: string, extra: Record<string, unknown> = {}): Update {
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
  return {
    update_id: nextUpdate++,
    message: { message_id: nextUpdate, date: now(), chat: { id: from.id, type: "private", first_name: from.first_name }, from, text, ...(entities ? { entities } : {}), ...extra },
  } as Update;
}

export function buttonUpdate(from: ReturnType<typeof user>, data: string): Update {
  return {
    update_id: nextUpdate++,
    callback_query: {
      id: String(nextUpdate),
      from,
      chat_instance: "ci",
      data,
      message: { message_id: 1, date: now(), chat: { id: from.id, type: "private", first_name: from.first_name }, text: "…" },
    },
  } as Update;
}

export function photoUpdate(from: ReturnType<typeof user>, caption?: string): Update {
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextUpdate,
      date: now(),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      photo: [{ file_id: "f1", file_unique_id: "u1", width: 800, height: 600 }],
      ...(caption ? { caption } : {}),
    },
  } as Update;
}
