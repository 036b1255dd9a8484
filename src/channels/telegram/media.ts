import type { Api } from "grammy";
import { ImageTooLargeError } from "../../conversation/image-too-large.ts";
import type { ImageSource } from "../../conversation/types.ts";
import { readCapped } from "../media.ts";

const DEFAULT_API_ROOT = "https://api.telegram.org";
/** A picture that does not arrive in this time is given up. */
const DOWNLOAD_TIMEOUT_MS = 20_000;

/**
 * A Telegram photo or image file, downloaded through the Bot API's file
 * endpoint when it is read. Known by its file_unique_id, which stays the same
 * when the file is forwarded (its file_id need not).
 */
export function telegramImage(api: Api, fileId: string, meta: { uniqueId?: string; size?: number; mimeType?: string }): ImageSource {
  return {
    id: meta.uniqueId ?? fileId,
    ...(meta.size !== undefined ? { size: meta.size } : {}),
    ...(meta.mimeType ? { mimeType: meta.mimeType } : {}),
    async load(maxBytes) {
      if (meta.size !== undefined && meta.size > maxBytes) throw new ImageTooLargeError(meta.size, maxBytes);
      const file = await api.getFile(fileId);
      if (!file.file_path) throw new Error("telegram gave no file path");
      if (file.file_size !== undefined && file.file_size > maxBytes) throw new ImageTooLargeError(file.file_size, maxBytes);
      const root = api.options?.apiRoot ?? DEFAULT_API_ROOT;
      const response = await fetch(`${root}/file/bot${api.token}/${file.file_path}`, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`telegram file download failed: ${response.status}`);
      return readCapped(response, maxBytes);
    },
  };
}
