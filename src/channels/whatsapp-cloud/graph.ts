import type { WhatsappCloudConfig } from "../../config.ts";
import { readCapped } from "../media.ts";
import type { GraphMessage } from "./replies.ts";

/** A Graph API call that does not answer in this time is given up. */
const TIMEOUT_MS = 20_000;
/** Tries of one message before it is given up (and logged). */
const SEND_ATTEMPTS = 3;
/** The longest Retry-After honoured: a user waiting longer has left. */
const MAX_RETRY_WAIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where Meta serves WhatsApp media from (lookaside.fbsbx.com today). */
const META_MEDIA_HOSTS = ["fbsbx.com", "fbcdn.net", "facebook.com", "whatsapp.net"];

export function mediaUrlAllowed(url: string, graphApiRoot: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.origin === new URL(graphApiRoot).origin) return true;
  return target.protocol === "https:" && META_MEDIA_HOSTS.some((h) => target.hostname === h || target.hostname.endsWith(`.${h}`));
}

export interface MediaInfo {
  url: string;
  mimeType?: string;
  size?: number;
}

/** The calls the Cloud API adapter makes to Meta's Graph API. */
export interface GraphApi {
  send(message: GraphMessage): Promise<void>;
  /** Where a received media file can be downloaded (the URL is short-lived). */
  media(mediaId: string): Promise<MediaInfo>;
  /** Downloads media with the access token; rejects past `maxBytes`. */
  download(url: string, maxBytes: number): Promise<Uint8Array>;
}

/** The Graph API's error code, never its message text (it can quote the recipient). */
async function failure(response: Response, what: string): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
  const code = typeof body?.error?.code === "number" ? ` (code ${body.error.code})` : "";
  return new Error(`graph api ${what} failed: ${response.status}${code}`);
}

export function graphApi(config: WhatsappCloudConfig, options: { retryDelayMs?: number } = {}): GraphApi {
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const base = `${config.graphApiRoot}/${config.graphApiVersion}`;
  const auth = { authorization: `Bearer ${config.accessToken}` };
  return {
    async send(message) {
      // A verdict that never arrives is worse than one that arrives late: Meta's rate limits (429),
      // its hiccups (5xx) and dropped connections are retried; a refused message (other 4xx) is not.
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await fetch(`${base}/${config.phoneNumberId}/messages`, {
            method: "POST",
            headers: { ...auth, "content-type": "application/json" },
            body: JSON.stringify(message),
            signal: AbortSignal.timeout(TIMEOUT_MS),
          });
        } catch (error) {
          if (attempt >= SEND_ATTEMPTS) throw error;
          await sleep(retryDelayMs * 2 ** (attempt - 1));
          continue;
        }
        if (response.ok) {
          await response.body?.cancel();
          return;
        }
        const retryable = response.status === 429 || response.status >= 500;
        if (!retryable || attempt >= SEND_ATTEMPTS) throw await failure(response, "send");
        await response.body?.cancel();
        const retryAfter = Number(response.headers.get("retry-after"));
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, MAX_RETRY_WAIT_MS) : retryDelayMs * 2 ** (attempt - 1));
      }
    },
    async media(mediaId) {
      const response = await fetch(`${base}/${encodeURIComponent(mediaId)}`, { headers: auth, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) throw await failure(response, "media lookup");
      const info = (await response.json()) as { url?: unknown; mime_type?: unknown; file_size?: unknown };
      if (typeof info.url !== "string" || !/^https?:\/\//.test(info.url)) throw new Error("graph api gave no media url");
      return {
        url: info.url,
        ...(typeof info.mime_type === "string" ? { mimeType: info.mime_type } : {}),
        ...(typeof info.file_size === "number" ? { size: info.file_size } : {}),
      };
    },
    async download(url, maxBytes) {
      // The access token goes only to Meta's media hosts over https (or to the configured Graph API root,
      // a proxy or a test double), and a redirect is never followed with it.
      if (!mediaUrlAllowed(url, config.graphApiRoot)) throw new Error("media url is not one of Meta's");
      const response = await fetch(url, { headers: auth, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "error" });
      if (!response.ok) throw await failure(response, "media download");
      return readCapped(response, maxBytes);
    },
  };
}
