import { createHash } from "node:crypto";
import type { TFunction } from "i18next";
import type { Button, SessionState } from "./types.ts";

/**
 * Buttons act on the advert they were sent under, not on whatever was
 * checked last: their data carries a short key of that advert ("report:3f9a…"),
 * and the session keeps the two adverts before the last one.
 */

type Advert = NonNullable<SessionState["lastAd"]>;

/** The buttons under a verdict, each of which acts on its advert. */
export const VERDICT_ACTIONS = new Set(["report", "why", "howto", "help", "wrong"]);
/** Adverts kept besides the last one, for the buttons of earlier verdicts. */
const EARLIER = 2;
const KEY_LENGTH = 10;
/** What a key looks like: other buttons also hold a colon ("report:no", "lang:ru"). */
const KEY = new RegExp(`^[0-9a-f]{${KEY_LENGTH}}$`);

/** A short, opaque key of an advert: from the update that brought it, so it says nothing of its text. */
export function advertKey(ad: Advert): string {
  return createHash("sha256").update(ad.updateId).digest("hex").slice(0, KEY_LENGTH);
}

/** A verdict button's action and the key of its advert; a bare action (an older client, /report) has none. */
export function parseVerdictButton(data: string): { action: string; key?: string } | null {
  const [action, key, ...rest] = data.split(":");
  if (!VERDICT_ACTIONS.has(action!) || rest.length > 0 || (key !== undefined && !KEY.test(key))) return null;
  return key ? { action: action!, key } : { action: action! };
}

/** The advert just checked becomes the last; the one before it is kept among the earlier ones. */
export function rememberAdvert(state: SessionState, ad: Advert): void {
  if (state.lastAd && state.lastAd.updateId !== ad.updateId) state.earlierAds = [state.lastAd, ...(state.earlierAds ?? [])].slice(0, EARLIER);
  state.lastAd = ad;
}

/** Whether the advert with `key` is still kept, for a button under it. */
export function keepsAdvert(state: SessionState, key: string): boolean {
  return [state.lastAd, ...(state.earlierAds ?? [])].some((ad) => ad !== undefined && advertKey(ad) === key);
}

/**
 * Makes the advert with `key` the one the buttons act on. False when it is no
 * longer kept: the caller must not act on another advert instead.
 */
export function selectAdvert(state: SessionState, key: string): boolean {
  if (state.lastAd && advertKey(state.lastAd) === key) return true;
  const earlier = state.earlierAds ?? [];
  const found = earlier.find((ad) => advertKey(ad) === key);
  if (!found) return false;
  state.earlierAds = [...(state.lastAd ? [state.lastAd] : []), ...earlier.filter((ad) => ad !== found)].slice(0, EARLIER);
  state.lastAd = found;
  return true;
}

/** The buttons under a verdict, each carrying the key of the advert it judged. */
export function verdictButtons(t: TFunction, ad: Advert): Button[][] {
  const key = advertKey(ad);
  const on = (action: string, label: string): Button => ({ data: `${action}:${key}`, label: t(`bot.button.${label}`) });
  return [
    [{ ...on("report", "report"), main: true }, on("why", "why")],
    [on("howto", "howToCheck"), on("help", "helpNow")],
    [on("wrong", "wrong")],
  ];
}
