import Fastify, { type FastifyInstance } from "fastify";
import { listenOnLoopback } from "./listen.ts";

export interface GraphCall {
  phoneNumberId: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A real HTTP server speaking the parts of Meta's Graph API the WhatsApp
 * Cloud adapter uses: POST /{version}/{phone-number-id}/messages (recorded),
 * GET /{version}/{media-id} (a download URL on this server) and the
 * download itself. Media calls need the bearer token, as Meta's do.
 */
export class GraphMock {
  readonly sent: GraphCall[] = [];
  readonly downloads: string[] = [];
  readonly #media = new Map<string, { bytes: Buffer; mimeType: string }>();
  /** Statuses the next message sends answer with, before the mock accepts again. */
  readonly #failures: number[] = [];
  /** Message sends refused by `failNext`. */
  refused = 0;
  #waiters: (() => void)[] = [];
  #server: FastifyInstance | undefined;
  url = "";

  constructor(private readonly token: string) {}

  async start(): Promise<void> {
    const server = Fastify();
    const authorised = (header: string | undefined) => header === `Bearer ${this.token}`;
    server.post<{ Params: { version: string; phoneNumberId: string } }>("/:version/:phoneNumberId/messages", async (request, reply) => {
      const failure = this.#failures.shift();
      if (failure !== undefined) {
        this.refused++;
        return reply.code(failure).send({ error: { code: failure === 429 ? 130429 : 1, message: "temporarily unavailable" } });
      }
      this.sent.push({ phoneNumberId: request.params.phoneNumberId, authorization: request.headers.authorization, body: request.body as Record<string, unknown> });
      for (const wake of this.#waiters.splice(0)) wake();
      if (!authorised(request.headers.authorization)) return reply.code(401).send({ error: { code: 190, message: "Invalid OAuth access token" } });
      return { messaging_product: "whatsapp", messages: [{ id: `wamid.out${this.sent.length}` }] };
    });
    server.get<{ Params: { version: string; mediaId: string } }>("/:version/:mediaId", async (request, reply) => {
      const media = this.#media.get(request.params.mediaId);
      if (!authorised(request.headers.authorization)) return reply.code(401).send({ error: { code: 190 } });
      if (!media) return reply.code(404).send({ error: { code: 100 } });
      return { id: request.params.mediaId, url: `${this.url}/files/${request.params.mediaId}`, mime_type: media.mimeType, file_size: media.bytes.byteLength };
    });
    server.get<{ Params: { mediaId: string } }>("/files/:mediaId", async (request, reply) => {
      const media = this.#media.get(request.params.mediaId);
      if (!authorised(request.headers.authorization) || !media) return reply.code(404).send();
      this.downloads.push(request.params.mediaId);
      return reply.type(media.mimeType).send(media.bytes);
    });
    this.url = await listenOnLoopback(server);
    this.#server = server;
  }

  async stop(): Promise<void> {
    await this.#server?.close();
  }

  /** The next message sends are answered with these HTTP statuses, one each. */
  failNext(...statuses: number[]): void {
    this.#failures.push(...statuses);
  }

  /** A picture the mock serves under `mediaId`. */
  addMedia(mediaId: string, bytes: Buffer, mimeType = "image/jpeg"): void {
    this.#media.set(mediaId, { bytes, mimeType });
  }

  /** The message bodies sent so far. */
  messages(): Record<string, unknown>[] {
    return this.sent.map((c) => c.body);
  }

  /** Resolves when `count` messages have been sent (or rejects after `ms`). */
  waitFor(count: number, ms = 10_000): Promise<Record<string, unknown>[]> {
    return this.waitUntil((messages) => messages.length >= count, `${count} messages`, ms);
  }

  /** Resolves when the messages sent so far satisfy `done` (or rejects after `ms`). */
  async waitUntil(done: (messages: Record<string, unknown>[]) => boolean, what = "the expected messages", ms = 10_000): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + ms;
    while (!done(this.messages())) {
      if (Date.now() > deadline) throw new Error(`expected ${what}, got ${this.sent.length} messages`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.messages();
  }
}
