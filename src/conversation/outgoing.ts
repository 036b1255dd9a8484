import type { TFunction } from "i18next";
import type { Language } from "../engine/types.ts";
import { RTL_LANGUAGES } from "./language.ts";
import type { Button, OutgoingMessage } from "./types.ts";

/** A message in `lng`, laid out right-to-left where the language is. */
export function message(lng: Language, text: string, buttons?: Button[][]): OutgoingMessage {
  return {
    text,
    lang: lng,
    ...(buttons ? { buttons } : {}),
    ...(RTL_LANGUAGES.has(lng) ? { rtl: true } : {}),
  };
}

/** A button labelled with `bot.button.<key>`. */
export const button = (t: TFunction, data: string, key: string): Button => ({ data, label: t(`bot.button.${key}`) });
