// The page's own words in the chat's language. The server sends them with
// each answer (json.ui); only textContent and attributes are set, never HTML.

/** The speaker labels new turns use; apply() replaces them with the chat's language. */
export const words = { you: "You:", helpline: "Helpline:", choices: "Choices" };

function setText(id, text) {
  const el = document.getElementById(id);
  if (el && typeof text === "string") el.textContent = text;
}

function setAttribute(el, name, text) {
  if (el && typeof text === "string") el.setAttribute(name, text);
}

/** Frames the chat in its language: lang and dir of the page, and every label, title and placeholder. */
export function applyUi(ui) {
  if (!ui || typeof ui.lang !== "string" || !ui.texts || typeof ui.texts !== "object") return;
  const t = ui.texts;
  document.documentElement.lang = ui.lang;
  document.documentElement.dir = ui.rtl ? "rtl" : "ltr";
  if (typeof t.title === "string") document.title = t.title;
  const heading = document.querySelector(".title");
  if (heading && typeof t.title === "string") heading.textContent = t.title;
  setText("note", t.note);
  setText("language", t.language);
  setText("send", t.send);
  setText("input-hint", t.hint);
  setAttribute(document.getElementById("language"), "title", t.languageTitle);
  const attach = document.getElementById("attach");
  setAttribute(attach, "title", t.attach);
  setAttribute(attach, "aria-label", t.attach);
  setAttribute(document.getElementById("input"), "placeholder", t.placeholder);
  setAttribute(document.getElementById("messages"), "aria-label", t.conversation);
  const label = document.querySelector("label[for=input]");
  if (label && typeof t.inputLabel === "string") label.textContent = t.inputLabel;
  for (const key of ["you", "helpline", "choices"]) if (typeof t[key] === "string") words[key] = t[key];
}
