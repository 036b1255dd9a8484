import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { ReporterIdentity } from "../referrals/redact.ts";
import { reporterHash } from "../referrals/reporter-hash.ts";
import type { Envelope, SessionState } from "./types.ts";

/** Numbers a person shared as their own that are remembered, at most. */
const OWN_PHONES = 3;

/**
 * Who is writing, to scrub from what is kept: what the channel says of them
 * now, their id, and the numbers they shared as their own in earlier
 * messages (kept in the session only as keyed hashes: a number shared now is
 * added there).
 */
export function identityOf(env: Envelope, state: SessionState, hmacSecret: string): ReporterIdentity {
  const hashPhone = (e164: string) => reporterHash(hmacSecret, "phone", e164);
  const shared = (env.reporter?.phones ?? []).map((p) => parsePhoneNumberFromString(p.startsWith("+") ? p : `+${p.replace(/\D/g, "")}`)?.number).filter((p): p is string => Boolean(p));
  if (shared.length) state.ownPhones = [...new Set([...shared.map(hashPhone), ...(state.ownPhones ?? [])])].slice(0, OWN_PHONES);
  return {
    ...env.reporter,
    ids: [env.senderId],
    ...(state.ownPhones?.length ? { phoneHashes: { hashes: state.ownPhones, hash: hashPhone } } : {}),
  };
}
