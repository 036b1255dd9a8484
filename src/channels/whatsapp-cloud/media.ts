import { ImageTooLargeError } from "../../conversation/image-too-large.ts";
import type { ImageSource } from "../../conversation/types.ts";
import type { GraphApi } from "./graph.ts";

/**
 * A picture sent to the Cloud API number: its media id is looked up for a
 * download URL, and the file fetched with the access token, only when read.
 * The id is the picture's SHA-256 when Meta tells it, so the same picture
 * sent again is recognised.
 */
export function cloudImage(graph: GraphApi, media: { id: string; sha256?: string; mimeType?: string }): ImageSource {
  return {
    id: media.sha256 ?? media.id,
    ...(media.mimeType ? { mimeType: media.mimeType } : {}),
    async load(maxBytes) {
      const info = await graph.media(media.id);
      if (info.size !== undefined && info.size > maxBytes) throw new ImageTooLargeError(info.size, maxBytes);
      return graph.download(info.url, maxBytes);
    },
  };
}
