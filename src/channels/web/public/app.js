// offercheck web simulator: a chat page that talks to POST /simulator/message,
// the same dialogue the Telegram and WhatsApp channels use. Plain browser
// JavaScript in ES modules (js/), no build step. This file is the composer:
// what is typed, pasted, attached or pressed is sent, one message at a time.
import { addBotMessage, addErrorMessage, addNote, addUserMessage, hideTyping, markBusy, revealReply, showTyping } from "./js/chat.js";
import { post } from "./js/transport.js";
import { applyUi } from "./js/ui-language.js";

const form = document.getElementById("composer");
const input = document.getElementById("input");
const languageButton = document.getElementById("language");
const attachButton = document.getElementById("attach");
const pictureInput = document.getElementById("picture");
const controls = [document.getElementById("send"), languageButton, attachButton];

let busy = false;

function setBusy(value) {
  busy = value;
  markBusy(value, controls);
}

const isOutgoingMessage = (m) => m !== null && typeof m === "object" && typeof m.text === "string";

/**
 * Sends one message; `payload` is {text}, {button} or {image: File}.
 * `shown` is what the user's bubble says (the text, the label of the
 * pressed button, the picture's name).
 */
async function send(payload, shown) {
  if (busy) return;
  addUserMessage(shown);
  setBusy(true);
  showTyping();
  try {
    const answer = await post(payload);
    applyUi(answer.ui);
    hideTyping();
    let first = null;
    for (const m of answer.messages.filter(isOutgoingMessage)) {
      const turn = addBotMessage(m, (data, label) => send({ button: data }, label));
      first ??= turn;
    }
    if (!answer.messages.length) addNote("(no reply)");
    revealReply(first);
  } catch (error) {
    hideTyping();
    addErrorMessage(`⚠ ${error?.message || "Something went wrong. Please try again."}`);
    // Give the unsent text back, so it can be sent again with one key.
    if (typeof payload.text === "string" && payload.text.charAt(0) !== "/" && input.value === "") {
      input.value = payload.text;
      autosize();
    }
  } finally {
    setBusy(false);
    if (document.activeElement === document.body || document.activeElement === null) input.focus({ preventScroll: true });
  }
}

function autosize() {
  input.style.height = "auto";
  input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
}

function submitInput() {
  if (busy) return;
  const text = input.value;
  if (text.trim() === "") {
    input.focus();
    return;
  }
  input.value = "";
  autosize();
  send({ text }, text);
}

function sendPicture(file) {
  if (busy || !file) return;
  send({ image: file }, `Picture: ${file.name || "pasted"}`);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  submitInput();
});

input.addEventListener("keydown", (event) => {
  // Enter sends; Shift+Enter is a new line; never while an IME is composing.
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    submitInput();
  }
});

input.addEventListener("input", autosize);
languageButton.addEventListener("click", () => send({ text: "/language" }, "/language"));
attachButton.addEventListener("click", () => {
  if (!busy) pictureInput.click();
});

pictureInput.addEventListener("change", () => {
  const file = pictureInput.files?.[0];
  // Cleared, so the same picture can be chosen again.
  pictureInput.value = "";
  sendPicture(file);
});

// A screenshot pasted into the message box is sent as a picture.
input.addEventListener("paste", (event) => {
  for (const file of event.clipboardData?.files ?? []) {
    if (file.type.startsWith("image/")) {
      event.preventDefault();
      sendPicture(file);
      return;
    }
  }
});

send({ text: "/start" }, "/start");
