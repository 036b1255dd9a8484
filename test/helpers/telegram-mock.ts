import Fastify, { type FastifyInstance } from "fastify";
import type { Update } from "grammy/types";
import { listenOnLoopback } from "./listen.ts";

export interface BotApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * A real HTTP server speaking the Telegram Bot API (the methods the bot uses),
 * so tests run the bot's real grammY client against it: every call is
 * recorded, getUpdates serves queued updates for long polling, getFile and
 * the file endpoint serve the pictures a test put in `files`.
 */
export class TelegramMock {
  readonly calls: BotApiCall[] = [];
  /** Pictures by file_id, for getFile and /file/bot<token>/<path>. */
  readonly files = new Map<string, Uint8Array>();
  /** Members' statuses for getChatMember, by "<chat id>:<user id>" (anyone else is a plain "member"). */
  readonly members = new Map<string, "creator" | "administrator" | "member">();
  /** Paths downloaded from the file endpoint. */
  readonly downloads: string[] = [];
  readonly #queue: Update[] = [];
  readonly #failures = new Map<string, number>();
  #waiters: (() => void)[] = [];
  /** sendMessage payloads per chat, so a test driving a thousand chats need not scan every call. */
  readonly #byChat = new Map<number, Record<string, unknown>[]>();
  #messageId = 1000;
  #server: FastifyInstance | undefined;
  url = "";

  async start(): Promise<void> {
    const server = Fastify();
    server.post<{ Params: { token: string; method: string } }>("/bot:token/:method", async (request, reply) => {
      const method = request.params.method;
      const payload = (request.body ?? {}) as Record<string, unknown>;
      if (method !== "getUpdates") this.calls.push({ method, payload });
      if (method === "sendMessage") this.#chat(Number(payload.chat_id)).push(payload);
      for (const wake of this.#waiters.splice(0)) wake();
      const failures = this.#failures.get(method) ?? 0;
      if (failures > 0) {
        this.#failures.set(method, failures - 1);
        return reply.code(400).send({ ok: false, error_code: 400, description: "Bad Request: chat not found" });
      }
      // As Telegram: a file id it does not know is a Bad Request.
      if (method === "getFile" && !this.files.has(String(payload.file_id))) {
        return reply.code(400).send({ ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
      }
      return { ok: true, result: await this.#result(method, payload) };
    });
    server.get<{ Params: { token: string; "*": string } }>("/file/bot:token/*", async (request, reply) => {
      const path = request.params["*"];
      this.downloads.push(path);
      const bytes = this.files.get(path.replace(/^photos\//, ""));
      if (!bytes) return reply.code(404).send({ ok: false, error_code: 404, description: "Not Found" });
      return reply.type("image/jpeg").send(Buffer.from(bytes));
    });
    this.url = await listenOnLoopback(server);
    this.#server = server;
  }

  async stop(): Promise<void> {
    await this.#server?.close();
  }

  /** The next `times` calls of `method` fail as Telegram fails them (400, not retried). */
  failNext(method: string, times = 1): void {
    this.#failures.set(method, times);
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

  /** The messages sent to one chat, in order. */
  messagesTo(chatId: number): Record<string, unknown>[] {
    return [...this.#chat(chatId)];
  }

  /** Resolves when `chatId` has been sent `count` messages (or rejects after `ms`). */
  async waitForChat(chatId: number, count: number, ms = 10_000): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + ms;
    while (this.#chat(chatId).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} messages to chat ${chatId}, got ${this.#chat(chatId).length}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.messagesTo(chatId);
  }

  #chat(chatId: number): Record<string, unknown>[] {
    let messages = this.#byChat.get(chatId);
    if (!messages) this.#byChat.set(chatId, (messages = []));
    return messages;
  }

  async #result(method: string, payload: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return { id: 42, is_bot: true, first_name: "offercheck", username: "offercheck_test_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
      case "sendMessage":
        return { message_id: this.#messageId++, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id, type: "private" }, text: payload.text };
      case "getChatMember": {
        const status = this.members.get(`${payload.chat_id}:${payload.user_id}`) ?? "member";
        return { status, user: { id: payload.user_id, is_bot: false, first_name: "member" }, ...(status === "administrator" ? { can_be_edited: false } : {}) };
      }
      case "getFile": {
        const fileId = String(payload.file_id);
        return { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: this.files.get(fileId)!.byteLength, file_path: `photos/${fileId}` };
      }
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

export function photoUpdate(from: ReturnType<typeof user>, caption?: string, photo: { fileId: string; size?: number } = { fileId: "f1" }): Update {
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextUpdate,
      date: now(),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      photo: [
        { file_id: `${photo.fileId}-thumb`, file_unique_id: `${photo.fileId}-t`, width: 90, height: 67 },
        { file_id: photo.fileId, file_unique_id: `${photo.fileId}-u`, width: 800, height: 600, ...(photo.size !== undefined ? { file_size: photo.size } : {}) },
      ],
      ...(caption ? { caption } : {}),
    },
  } as Update;
}

/** A public channel or a group, as updates name it. */
export interface TestChat {
  id: number;
  type: "channel" | "group" | "supergroup";
  title: string;
  username?: string;
}

/** A channel's post (or its edit), as Telegram sends it to a bot that administers the channel. */
export function channelPostUpdate(chat: TestChat, messageId: number, text: string, options: { edited?: boolean; caption?: boolean; signature?: string } = {}): Update {
  const body = {
    message_id: messageId,
    date: now(),
    chat,
    sender_chat: chat,
    ...(options.signature ? { author_signature: options.signature } : {}),
    ...(options.caption ? { caption: text, photo: [{ file_id: `p${messageId}`, file_unique_id: `u${messageId}`, width: 800, height: 600 }] } : { text }),
    ...(options.edited ? { edit_date: now() } : {}),
  };
  return { update_id: nextUpdate++, ...(options.edited ? { edited_channel_post: body } : { channel_post: body }) } as Update;
}

/** A member's message in a group (or its edit). */
export function groupMessageUpdate(chat: TestChat, from: ReturnType<typeof user> & { username?: string; last_name?: string }, messageId: number, text: string, options: { edited?: boolean } = {}): Update {
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
  const body = { message_id: messageId, date: now(), chat, from, text, ...(entities ? { entities } : {}), ...(options.edited ? { edit_date: now() } : {}) };
  return { update_id: nextUpdate++, ...(options.edited ? { edited_message: body } : { message: body }) } as Update;
}
