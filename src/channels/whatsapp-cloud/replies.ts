import type { Button, OutgoingMessage } from "../../conversation/types.ts";
import { splitText } from "../split-text.ts";

/** The Cloud API's limits (characters): a text message, an interactive body, reply buttons, list rows. */
const TEXT_LIMIT = 4096;
const BODY_LIMIT = 1024;
const MAX_REPLY_BUTTONS = 3;
const BUTTON_TITLE_LIMIT = 20;
const MAX_LIST_ROWS = 10;
const ROW_TITLE_LIMIT = 24;
const ROW_DESCRIPTION_LIMIT = 72;
const LIST_BUTTON_LIMIT = 20;

type Interactive =
  | { type: "button"; body: { text: string }; action: { buttons: { type: "reply"; reply: { id: string; title: string } }[] } }
  | { type: "list"; body: { text: string }; action: { button: string; sections: { rows: { id: string; title: string; description?: string }[] }[] } };

/** A message body for POST /{phone-number-id}/messages. */
export type GraphMessage = { messaging_product: "whatsapp"; recipient_type: "individual"; to: string } & (
  | { type: "text"; text: { body: string; preview_url: false } }
  | { type: "interactive"; interactive: Interactive }
);

const length = (s: string) => [...s].length;
/** Cut to `max` characters (code points, as WhatsApp counts them), marked with an ellipsis. */
const clip = (s: string, max: number) => (length(s) <= max ? s : `${[...s].slice(0, max - 1).join("")}…`);

/** The texts a channel adds of its own: the button that opens a list, and the body of a list that follows a message. */
export interface ListLabels {
  listButton: string;
  moreChoices: string;
}

const fitReplyButtons = (buttons: Button[]) => buttons.length <= MAX_REPLY_BUTTONS && buttons.every((b) => length(b.label) <= BUTTON_TITLE_LIMIT);

function replyButtons(buttons: Button[], body: string): Interactive {
  const reply = buttons.map((b) => ({ type: "reply" as const, reply: { id: b.data, title: clip(b.label, BUTTON_TITLE_LIMIT) } }));
  return { type: "button", body: { text: body }, action: { buttons: reply } };
}

function list(buttons: Button[], body: string, listButton: string): Interactive {
  // A label too long for a row title is shown whole as the row's description.
  const rows = buttons.slice(0, MAX_LIST_ROWS).map((b) => ({
    id: b.data,
    title: clip(b.label, ROW_TITLE_LIMIT),
    ...(length(b.label) > ROW_TITLE_LIMIT ? { description: clip(b.label, ROW_DESCRIPTION_LIMIT) } : {}),
  }));
  return { type: "list", body: { text: body }, action: { button: clip(listButton, LIST_BUTTON_LIMIT), sections: [{ rows }] } };
}

/**
 * Choices that do not fit as reply buttons go into a list, one tap further
 * away; the main action, where there is one, stays a reply button under the
 * text and the others follow in a list of their own.
 */
function choices(buttons: Button[], body: string, labels: ListLabels): Interactive[] {
  if (fitReplyButtons(buttons)) return [replyButtons(buttons, body)];
  const main = buttons.find((b) => b.main);
  if (!main) return [list(buttons, body, labels.listButton)];
  return [replyButtons([main], body), list(buttons.filter((b) => b !== main), labels.moreChoices, labels.listButton)];
}

/**
 * One dialogue message as Cloud API messages: plain text (split at the
 * text limit), or, with buttons, reply buttons (up to three short labels)
 * or a list (see `choices`). A text longer than an interactive body goes
 * first as text, its end carries the buttons.
 */
export function graphMessages(to: string, message: OutgoingMessage, labels: ListLabels): GraphMessage[] {
  const head = { messaging_product: "whatsapp", recipient_type: "individual", to } as const;
  const text = (body: string): GraphMessage => ({ ...head, type: "text", text: { body, preview_url: false } });
  const buttons = message.buttons?.flat() ?? [];
  const parts = splitText(message.text, TEXT_LIMIT);
  if (buttons.length === 0) return parts.map(text);
  const ends = splitText(parts.pop()!, BODY_LIMIT);
  const body = ends.pop()!;
  const interactive = choices(buttons, body, labels).map((i): GraphMessage => ({ ...head, type: "interactive", interactive: i }));
  return [...[...parts, ...ends].map(text), ...interactive];
}
