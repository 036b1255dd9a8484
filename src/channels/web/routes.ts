import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { Dialogue } from "../../conversation/dialogue.ts";
import type { IncomingMessage } from "../../conversation/types.ts";

const PUBLIC_DIR = fileURLToPath(new URL("./public/", import.meta.url));

const simulatorMessage = z
  .object({
    /** A random id the page keeps in localStorage: the simulated sender. */
    session: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    /** A random id per message, so a retried request is answered once. */
    messageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    text: z.string().max(20_000).optional(),
    button: z.string().max(64).optional(),
    /** The browser's language, as Telegram's language_code would be. */
    languageHint: z.string().max(16).optional(),
  })
  .refine((m) => (m.text === undefined) !== (m.button === undefined), { message: "send exactly one of text or button" });

function incomingOf(m: { text?: string; button?: string }): IncomingMessage {
  if (m.button !== undefined) return { kind: "button", data: m.button };
  const command = /^\/([a-z_]+)\s*$/i.exec(m.text!.trim());
  return command ? { kind: "command", command: command[1]!.toLowerCase() } : { kind: "text", text: m.text! };
}

/**
 * The local web simulator: a chat page at / that talks to the same dialogue
 * as the messengers, so anyone can try the helpline in a browser.
 */
export const simulatorRoutes: FastifyPluginAsync<{ dialogue: Dialogue }> = async (app, { dialogue }) => {
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: "/", index: ["index.html"] });
  app.post("/simulator/message", { bodyLimit: 64 * 1024 }, async (request, reply) => {
    const parsed = simulatorMessage.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: "invalid_request", message: parsed.error.issues[0]?.message });
    const m = parsed.data;
    const messages = await dialogue.handle({
      channel: "web",
      senderId: m.session,
      updateId: `${m.session}:${m.messageId}`,
      ...(m.languageHint ? { languageHint: m.languageHint } : {}),
      message: incomingOf(m),
    });
    return { messages };
  });
};
