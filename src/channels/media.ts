import { ImageTooLargeError } from "../conversation/image-too-large.ts";

/** The body of a download, refused as soon as it grows past `maxBytes` (a lying Content-Length included). */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw new ImageTooLargeError(declared, maxBytes);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    total += part.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ImageTooLargeError(undefined, maxBytes);
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}
