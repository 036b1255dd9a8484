import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedBox {
  /** `text` encrypted and authenticated, bound to `context`: opened only with the same context. */
  seal(text: string, context: string): string;
  /** Throws when the sealed text was changed, or sealed for another context or under another key. */
  open(sealed: string, context: string): string;
}

/**
 * AES-256-GCM under a key derived from `secret` for one `purpose`, so a
 * value that must be kept for a moment (where to answer) is of no use to
 * whoever reads the database without the key.
 */
export function sealedBox(secret: string, purpose: string): SealedBox {
  const key = createHmac("sha256", secret).update(`sealed-box\u0000${purpose}`).digest();
  return {
    seal(text, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
    },
    open(sealed, context) {
      const bytes = Buffer.from(sealed, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES)).setAAD(Buffer.from(context));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    },
  };
}
