import type { FastifyPluginAsync } from "fastify";
import type { i18n } from "i18next";
import { z } from "zod";
import type { WhatsappCloudConfig } from "../../config.ts";
import type { Dialogue } from "../../conversation/dialogue.ts";
import type { OutgoingMessage } from "../../conversation/types.ts";
import { sameSecret } from "../../security/same-secret.ts";
import { perChatQueue } from "../../conversation/per-chat.ts";
import { inboundOf, WHATSAPP_CLOUD_VIA, type Inbound } from "./envelope.ts";
import { graphApi, type GraphApi } from "./graph.ts";
import { webhookPayload } from "./payload.ts";
import { graphMessages } from "./replies.ts";
import { validSignature } from "./signature.ts";

export const WHATSAPP_WEBHOOK_PATH = "/whatsapp/webhook";
/** Meta batches at most a few hundred events in a call, far below this. */
const MAX_PAYLOAD_BYTES = 1024 * 1024;

const verification = z.object({
  "hub.mode": z.string(),
  "hub.verify_token": z.string(),
  // Meta sends a number; anything else is echoed by no one.
  "hub.challenge": z.string().regex(/^[A-Za-z0-9_-]{1,256}$/),
});

export interface WhatsappCloudDeps {
  config: WhatsappCloudConfig;
  dialogue: Dialogue;
  i18n: i18n;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** The Graph API client (by default one for `config`). */
  graph?: GraphApi;
  /**
   * Meta is answered 200 after this long even when a message is still being
   * worked on (a picture being read): it resends unanswered calls, and slow
   * answers make it throttle the webhook. The work goes on; a resend is
   * answered once, by the dialogue's dedupe.
   */
  ackWithinMs?: number;
}

/** How long a webhook call may wait for its messages' answers before Meta gets its 200 anyway. */
const DEFAULT_ACK_WITHIN_MS = 5_000;

/**
 * The WhatsApp Cloud API webhook. GET answers Meta's subscription check
 * with the challenge when the verify token matches (403 otherwise). POST
 * takes events only with a valid X-Hub-Signature-256 over the raw body
 * (401 otherwise, nothing processed), answers each user message through the
 * Graph API, and acknowledges status callbacks without reading them. A
 * signed body that is not a webhook event at all gets a 400; a malformed
 * message inside a well-formed event is skipped and the call still gets its
 * 200, since a 400 would make Meta redeliver, and so never answer, the
 * whole batch.
 */
export const whatsappCloudWebhook: FastifyPluginAsync<WhatsappCloudDeps> = async (app, deps) => {
  const { config, dialogue, i18n, log } = deps;
  const graph = deps.graph ?? graphApi(config);
  const inChatOrder = perChatQueue();

  const undeliverable = dialogue.deliverVia(WHATSAPP_CLOUD_VIA, (to, replies) => inChatOrder(to, () => send(to, replies)));
  app.addHook("onClose", async () => undeliverable());

  // The signature is over the exact bytes Meta sent: keep them (in this plugin only).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: MAX_PAYLOAD_BYTES }, (_request, body, done) => done(null, body));

  async function answer({ to, envelope }: Inbound): Promise<void> {
    await send(to, await dialogue.handle(envelope));
  }

  async function send(to: string, replies: OutgoingMessage[]): Promise<void> {
    for (const reply of replies) {
      const t = i18n.getFixedT(reply.lang);
      for (const message of graphMessages(to, reply, { listButton: t("whatsapp.listButton"), moreChoices: t("whatsapp.moreChoices") })) await graph.send(message);
    }
  }

  app.get(WHATSAPP_WEBHOOK_PATH, async (request, reply) => {
    const query = verification.safeParse(request.query);
    if (!query.success || query.data["hub.mode"] !== "subscribe" || !sameSecret(query.data["hub.verify_token"], config.verifyToken)) {
      return reply.code(403).send({ error: "forbidden" });
    }
    return reply.type("text/plain; charset=utf-8").send(query.data["hub.challenge"]);
  });

  app.post(WHATSAPP_WEBHOOK_PATH, { bodyLimit: MAX_PAYLOAD_BYTES }, async (request, reply) => {
    const body = request.body;
    if (!Buffer.isBuffer(body) || !validSignature(body, request.headers["x-hub-signature-256"], config.appSecret)) {
      return reply.code(401).send({ error: "unauthorized" });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return reply.code(400).send({ error: "not_json" });
    }
    const payload = webhookPayload.safeParse(json);
    if (!payload.success) return reply.code(400).send({ error: "not_a_whatsapp_event" });
    // Type and reason only: the message's fields are the sender's number and words.
    const messages = inboundOf(payload.data, config.phoneNumberId, graph, (skipped) => log.warn(skipped, "whatsapp cloud message skipped as malformed"));
    // Answered before the 200 when that is quick; Meta sends the call again if it gets none, and the dialogue
    // answers a redelivery once. A slow answer (a picture) finishes after the 200.
    const answered = Promise.all(
      messages.map((inbound) =>
        inChatOrder(inbound.to, () => answer(inbound)).catch((error: unknown) => log.error({ err: error }, "whatsapp cloud message failed")),
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const ackWithin = new Promise<void>((resolve) => (timer = setTimeout(resolve, deps.ackWithinMs ?? DEFAULT_ACK_WITHIN_MS)));
    await Promise.race([answered, ackWithin]);
    clearTimeout(timer);
    return reply.code(200).send({ ok: true });
  });
};
