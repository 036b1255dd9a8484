// Who the simulated sender is: one random id per browser, and a fresh id per message.

const SESSION_KEY = "offercheck.simulator.session";
const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** A random url-safe id (64-letter alphabet, so `byte & 63` is unbiased). */
export function randomId(length) {
  const bytes = new Uint8Array(length);
  window.crypto.getRandomValues(bytes);
  let id = "";
  for (const byte of bytes) id += ID_ALPHABET[byte & 63];
  return id;
}

let memorySession = null;

/** Kept in localStorage, so a reload goes on with the same conversation. */
export function sessionId() {
  try {
    const stored = window.localStorage.getItem(SESSION_KEY);
    if (stored && /^[A-Za-z0-9_-]{24}$/.test(stored)) return stored;
    const created = randomId(24);
    window.localStorage.setItem(SESSION_KEY, created);
    return created;
  } catch {
    // Storage blocked (private mode, file policy): keep the id for this page only.
    memorySession ??= randomId(24);
    return memorySession;
  }
}
