// Talking to the simulator's endpoints: the same dialogue the Telegram and
// WhatsApp channels use, reached over POST /simulator/message and /simulator/image.
import { randomId, sessionId } from "./session.js";

const ENDPOINT = "simulator/message";
const IMAGE_ENDPOINT = "simulator/image";
const REQUEST_TIMEOUT_MS = 30000;

function describeHttpError(status, body) {
  const detail = body && typeof body.message === "string" ? `: ${body.message}` : "";
  if (status === 429) return "The simulator is busy (HTTP 429). Please wait a moment and try again.";
  if (status === 413) return "This picture is too large to send. Please send a smaller one, or paste the text of the advert.";
  if (status >= 500) return `The helpline server had a problem (HTTP ${status}). Please try again.`;
  return `The message could not be sent (HTTP ${status}${detail}).`;
}

/** The request for `payload`: text and buttons as JSON, a picture as the body with the sender in the query. */
function requestFor(payload) {
  const sender = { session: sessionId(), messageId: randomId(16) };
  if (navigator.language) sender.languageHint = String(navigator.language).slice(0, 16);
  if (payload.image) {
    return {
      url: `${IMAGE_ENDPOINT}?${new URLSearchParams(sender).toString()}`,
      headers: { "content-type": payload.image.type || "application/octet-stream", accept: "application/json" },
      body: payload.image,
    };
  }
  if (typeof payload.text === "string") sender.text = payload.text;
  else sender.button = payload.button;
  return { url: ENDPOINT, headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(sender) };
}

/**
 * Posts one message ({text}, {button} or {image: File}); resolves to the
 * server's answer ({messages, ui}), or rejects with an Error whose message is
 * for the user.
 */
export async function post(payload) {
  const request = requestFor(payload);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(request.url, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      cache: "no-store",
      credentials: "same-origin",
      signal: controller.signal,
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new Error(describeHttpError(response.status, json));
    if (!json || !Array.isArray(json.messages)) throw new Error("The server sent an answer this page does not understand.");
    return json;
  } catch (error) {
    if (error?.name === "AbortError") throw new Error("The helpline did not answer in time. Please try again.");
    if (error instanceof TypeError) throw new Error("Could not reach the simulator server. Is it still running? Please try again.");
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
