// The conversation on screen: the user's and the helpline's bubbles, the
// helpline's choice buttons, errors, notes and the typing indicator. Server
// text is only ever set with textContent, never parsed as HTML.
import { words } from "./ui-language.js";

const messages = document.getElementById("messages");
let typingTurn = null;

function isNearBottom() {
  return messages.scrollHeight - messages.scrollTop - messages.clientHeight < 80;
}

function scrollToBottom() {
  messages.scrollTop = messages.scrollHeight;
}

/**
 * After a reply: show it from its first line when it is taller than the
 * screen (a verdict is read from the top), otherwise scroll to the end.
 */
export function revealReply(firstTurn) {
  if (!firstTurn) return scrollToBottom();
  const start = firstTurn.offsetTop - 12;
  const end = messages.scrollHeight - messages.clientHeight;
  messages.scrollTop = Math.max(0, Math.min(start, end));
}

function appendTurn(turn) {
  const follow = isNearBottom();
  if (typingTurn && typingTurn.parentNode === messages) messages.insertBefore(turn, typingTurn);
  else messages.appendChild(turn);
  if (follow) scrollToBottom();
  return turn;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Who is speaking, for screen readers only (the bubbles show it by their side and colour). */
const speaker = (name) => el("span", "visually-hidden", `${name} `);

export function addUserMessage(text) {
  const turn = el("div", "turn turn-user");
  const bubble = el("div", "bubble bubble-user", text);
  bubble.setAttribute("data-testid", "user-message");
  bubble.dir = "auto";
  turn.append(speaker(words.you), bubble);
  appendTurn(turn);
  scrollToBottom();
  return turn;
}

/** `onChoice(data, label)` is called when one of the message's buttons is pressed. */
export function addBotMessage(message, onChoice) {
  const turn = el("div", "turn turn-bot");
  const bubble = el("div", "bubble bubble-bot", message.text);
  bubble.setAttribute("data-testid", "bot-message");
  if (typeof message.lang === "string") bubble.lang = message.lang;
  bubble.dir = message.rtl ? "rtl" : "ltr";
  if (message.rtl) turn.dir = "rtl";
  turn.append(speaker(words.helpline), bubble);

  const rows = Array.isArray(message.buttons) ? message.buttons.filter((row) => Array.isArray(row) && row.length) : [];
  if (rows.length) {
    const group = el("div", "choices");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", words.choices);
    if (typeof message.lang === "string") group.lang = message.lang;
    if (message.rtl) group.dir = "rtl";
    for (const row of rows) {
      const rowEl = el("div", "choice-row");
      for (const choice of row) {
        if (!choice || typeof choice.data !== "string" || typeof choice.label !== "string") continue;
        const button = el("button", "choice", choice.label);
        button.type = "button";
        button.setAttribute("data-testid", "choice");
        button.addEventListener("click", () => onChoice(choice.data, choice.label));
        rowEl.appendChild(button);
      }
      group.appendChild(rowEl);
    }
    turn.appendChild(group);
  }
  return appendTurn(turn);
}

export function addErrorMessage(text) {
  const turn = el("div", "turn turn-bot");
  const bubble = el("div", "bubble bubble-error", text);
  bubble.setAttribute("data-testid", "error-message");
  bubble.setAttribute("role", "alert");
  bubble.dir = "ltr";
  turn.appendChild(bubble);
  appendTurn(turn);
  scrollToBottom();
}

export function addNote(text) {
  const turn = el("div", "turn turn-note");
  turn.appendChild(el("div", "system-note", text));
  appendTurn(turn);
  scrollToBottom();
}

export function showTyping() {
  if (typingTurn) return;
  typingTurn = el("div", "turn turn-bot");
  typingTurn.setAttribute("data-testid", "typing");
  typingTurn.setAttribute("aria-hidden", "true");
  typingTurn.appendChild(el("div", "bubble bubble-bot typing", "…"));
  messages.appendChild(typingTurn);
  scrollToBottom();
}

export function hideTyping() {
  typingTurn?.remove();
  typingTurn = null;
}

/** While an answer is awaited the controls are off and the choices say so. */
export function markBusy(busy, controls) {
  for (const control of controls) control.disabled = busy;
  messages.setAttribute("aria-busy", busy ? "true" : "false");
  document.body.classList.toggle("is-busy", busy);
  for (const choice of messages.querySelectorAll("button.choice")) {
    if (busy) choice.setAttribute("aria-disabled", "true");
    else choice.removeAttribute("aria-disabled");
  }
}
