import { createHmac } from "node:crypto";
import { isIP } from "node:net";
import type { BatchProgress } from "./batch-repository.ts";

export const SIGNATURE_HEADER = "x-offercheck-signature";
export const TIMESTAMP_HEADER = "x-offercheck-timestamp";
const CALLBACK_TIMEOUT_MS = 10_000;

/**
 * The secret callbacks of a key are signed with: derived from the key
 * itself, so the partner needs nothing more than the key it has, and the
 * database, which holds neither the key nor this until an upload names a
 * callback, cannot be used to find the key.
 */
export function callbackSecret(apiKey: string): string {
  return createHmac("sha256", apiKey).update("offercheck batch callback").digest("hex");
}

/** `sha256=<hex>` of "<timestamp>.<body>": the timestamp is signed too, so an old callback cannot be replayed as new. */
export function callbackSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Loopback, private, link-local, carrier-grade NAT and unique-local addresses, and localhost. */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const kind = isIP(host);
  if (kind === 4) return /^(0|10|127)\.|^169\.254\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./.test(host);
  if (kind === 6) return host === "::" || host === "::1" || /^(fc|fd|fe[89ab])/.test(host) || host.startsWith("::ffff:");
  return false;
}

/**
 * Why a callback address is refused, or null. Outside tests and closed
 * networks it must be https and not name a private address, so a partner
 * cannot make the server post into its own network.
 */
export function callbackProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "callback: not a URL";
  }
  if (raw.length > 2000) return "callback: longer than 2000 characters";
  if (url.username || url.password) return "callback: must not carry a user name or password";
  if (allowPrivate) return url.protocol === "https:" || url.protocol === "http:" ? null : "callback: must be http(s)";
  if (url.protocol !== "https:") return "callback: must be https";
  if (isPrivateHost(url.hostname)) return "callback: must not be a private or local address";
  return null;
}

export function callbackBody(batch: BatchProgress): string {
  return JSON.stringify({
    batch: batch.id,
    status: batch.status,
    total: batch.total,
    done: batch.done,
    errors: batch.errors,
    finishedAt: batch.finishedAt,
    results: `/api/v1/scan/batches/${batch.id}/results`,
  });
}

/**
 * Posts the signed notice; throws unless a 2xx answers within the timeout
 * (pg-boss then retries). Redirects are not followed: a 3xx counts as a
 * failure, so a callback cannot be bounced to another address.
 */
export async function postCallback(url: string, secret: string, body: string, now = Date.now()): Promise<void> {
  const timestamp = String(Math.floor(now / 1000));
  const response = await fetch(url, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    headers: { "content-type": "application/json", "user-agent": "offercheck-callback", [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: callbackSignature(secret, timestamp, body) },
    body,
  });
  await response.body?.cancel();
  if (response.status < 200 || response.status > 299) throw new Error(`callback answered ${response.status}`);
}
