import { hash, verify } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 12;
/** Argon2 hashes any length, but a megabyte "password" is only a way to burn CPU. */
export const MAX_PASSWORD_LENGTH = 256;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `the password must have at most ${MAX_PASSWORD_LENGTH} characters`;
  if (new Set(password).size < 4) return "the password repeats too few different characters";
  if (email && password.toLowerCase().includes(email.split("@")[0]!.toLowerCase()) && email.split("@")[0]!.length >= 4) {
    return "the password must not contain the e-mail name";
  }
  return null;
}

/** Argon2id with the library defaults (19 MiB, 2 passes: the OWASP baseline). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export interface PasswordChecker {
  /**
   * True when `password` matches `storedHash`. With no stored hash (unknown
   * or disabled account) a dummy hash is verified instead, so the answer takes
   * as long as for a real account and timing does not reveal which e-mails exist.
   */
  check(storedHash: string | null, password: string): Promise<boolean>;
}

export function createPasswordChecker(): PasswordChecker {
  // Made on first use, per checker: the cost of one hash, paid once per app.
  let dummy: Promise<string> | undefined;
  return {
    async check(storedHash, password) {
      const target = storedHash ?? (await (dummy ??= hash("offercheck-dummy-password-for-timing")));
      let ok = false;
      try {
        ok = await verify(target, password);
      } catch {
        ok = false;
      }
      return ok && storedHash !== null;
    },
  };
}
