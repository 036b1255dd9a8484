import { ImageTooLargeError } from "../../conversation/image-too-large.ts";
import type { ImageSource } from "../../conversation/types.ts";
import type { WebMessage } from "./client.ts";

/**
 * A picture of a whatsapp-web.js message, downloaded from the phone's
 * session when it is read. The library hands the whole file over as base64,
 * so the size is checked before decoding (and against the announced size
 * before downloading, when WhatsApp told it).
 */
export function webImage(msg: WebMessage, meta: { id: string; size?: number; mimeType?: string }): ImageSource {
  const tooBig = (bytes: number, maxBytes: number) => new ImageTooLargeError(bytes, maxBytes);
  return {
    id: meta.id,
    ...(meta.size !== undefined ? { size: meta.size } : {}),
    ...(meta.mimeType ? { mimeType: meta.mimeType } : {}),
    async load(maxBytes) {
      if (meta.size !== undefined && meta.size > maxBytes) throw tooBig(meta.size, maxBytes);
      const media = await msg.downloadMedia();
      if (!media?.data) throw new Error("whatsapp media is no longer available");
      if (typeof media.filesize === "number" && media.filesize > maxBytes) throw tooBig(media.filesize, maxBytes);
      const decoded = Math.floor((media.data.length * 3) / 4);
      if (decoded - 2 > maxBytes) throw tooBig(decoded, maxBytes);
      const bytes = Buffer.from(media.data, "base64");
      if (bytes.byteLength > maxBytes) throw tooBig(bytes.byteLength, maxBytes);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
