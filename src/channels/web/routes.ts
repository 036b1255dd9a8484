import rateLimit from "@fastify/rate-limit";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";
import type { i18n as I18n } from "i18next";
import { z } from "zod";
import type { Dialogue } from "../../conversation/dialogue.ts";
import { ImageTooLargeError } from "../../conversation/image-too-large.ts";
import type { ImageSource, IncomingMessage } from "../../conversation/types.ts";
import { textMessage } from "../incoming.ts";
import { opaqueId } from "../opaque-id.ts";

const PUBLIC_DIR = fileURLToPath(new URL("./public/", import.meta.url));

const sender = z.object({
  /** A random id the page keeps in localStorage: the simulated sender. */
  session: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  /** A random id per message, so a retried request is answered once. */
  messageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** The browser's language, as Telegram's language_code would be. */
  languageHint: z.string().max(16).optional(),
});

const simulatorMessage = sender
  .extend({ text: z.string().max(20_000).optional(), button: z.string().max(64).optional() })
  .refine((m) => (m.text === undefined) !== (m.button === undefined), { message: "send exactly one of text or button" });

/** A picture comes as the request body; who sends it, in the query. */
const simulatorImage = sender.extend({ caption: z.string().max(1000).optional() });

/** What the dialogue hears about an uploaded picture: its bytes are here already. */
function uploadedImage(id: string, bytes: Buffer, mimeType: string | undefined): ImageSource {
  return {
    id,
    size: bytes.byteLength,
    ...(mimeType ? { mimeType } : {}),
    async load(maxBytes) {
      if (bytes.byteLength > maxBytes) throw new ImageTooLargeError(bytes.byteLength, maxBytes);
      return bytes;
    },
  };
}

/** Text typed or pasted into the page is read as the messengers read a typed message. */
function incomingOf(m: { text?: string; button?: string }): IncomingMessage {
  return m.button !== undefined ? { kind: "button", data: m.button } : textMessage(m.text!, false);
}

/** Uploads up to twice the OCR limit reach the dialogue (which answers "too large" in the user's language); bigger ones get 413. */
const DEFAULT_MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/**
 * The local web simulator: a chat page at / that talks to the same dialogue
 * as the messengers, so anyone can try the helpline in a browser.
 * POST /simulator/message takes text and button presses, POST
 * /simulator/image a picture (its bytes as the body).
 */
export const simulatorRoutes: FastifyPluginAsync<{ dialogue: Dialogue; i18n: I18n; maxImageBytes?: number; perMinute?: number }> = async (
  app,
  { dialogue, i18n, maxImageBytes = DEFAULT_MAX_IMAGE_BYTES, perMinute = 30 },
) => {
  /** The page's own words in the language of the chat's last answer, so an Urdu chat is not framed in English. */
  const uiOf = (messages: { lang: string; rtl?: boolean }[]) => {
    const last = messages.at(-1);
    if (!last) return {};
    const tree = i18n.getResource(last.lang, "translation", "simulator") as Record<string, string> | undefined;
    return tree ? { ui: { lang: last.lang, rtl: Boolean(last.rtl), texts: tree } } : {};
  };
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: "/", index: ["index.html"] });
  // Per address, whatever the session: a session id is free to make, so the dialogue's per-sender limit alone
  // let one address file a hundred reports in seconds.
  await app.register(rateLimit, { global: false });
  const config = { rateLimit: { max: perMinute, timeWindow: 60_000 } };
  // Only in this plugin: the body of an image upload stays bytes.
  for (const type of [/^image\//, "application/octet-stream"]) {
    app.addContentTypeParser(type, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  }

  const answer = async (m: z.infer<typeof sender>, message: IncomingMessage) => {
    const messages = await dialogue.handle({
      channel: "web",
      senderId: m.session,
      // Stored as dedupe and report keys: the browser's session id itself must not be.
      updateId: opaqueId(`${m.session}:${m.messageId}`),
      ...(m.languageHint ? { languageHint: m.languageHint } : {}),
      message,
    });
    return { messages, ...uiOf(messages) };
  };

  app.post("/simulator/message", { bodyLimit: 64 * 1024, config }, async (request, reply) => {
    const parsed = simulatorMessage.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: "invalid_request", message: parsed.error.issues[0]?.message });
    return answer(parsed.data, incomingOf(parsed.data));
  });

  app.post("/simulator/image", { bodyLimit: 2 * maxImageBytes, config }, async (request, reply) => {
    const parsed = simulatorImage.safeParse(request.query);
    if (!parsed.success) return reply.code(400).send({ error: "invalid_request", message: parsed.error.issues[0]?.message });
    if (!Buffer.isBuffer(request.body)) return reply.code(415).send({ error: "unsupported_media_type", message: "send the picture as the body (image/*)" });
    const m = parsed.data;
    const image = uploadedImage(m.messageId, request.body, request.headers["content-type"]?.split(";")[0]);
    return answer(m, { kind: "image", image, ...(m.caption ? { caption: m.caption } : {}) });
  });
};
