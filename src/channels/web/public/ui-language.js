// offercheck web simulator: the page's own words in the chat's language.
// The server sends them with each answer (json.ui); only textContent and
// attributes are set, never HTML.
"use strict";

(function () {
  function setText(id, text) {
    var el = document.getElementById(id);
    if (el && typeof text === "string") el.textContent = text;
  }

  function setAttribute(el, name, text) {
    if (el && typeof text === "string") el.setAttribute(name, text);
  }

  /**
   * Frames the chat in its language: lang and dir of the page, and every
   * label, title and placeholder; `words` takes the speaker labels the chat
   * uses for new turns.
   */
  function apply(ui, words) {
    if (!ui || typeof ui.lang !== "string" || !ui.texts || typeof ui.texts !== "object") return;
    var t = ui.texts;
    document.documentElement.lang = ui.lang;
    document.documentElement.dir = ui.rtl ? "rtl" : "ltr";
    if (typeof t.title === "string") document.title = t.title;
    var heading = document.querySelector(".title");
    if (heading && typeof t.title === "string") heading.textContent = t.title;
    setText("note", t.note);
    setText("language", t.language);
    setText("send", t.send);
    setText("input-hint", t.hint);
    var language = document.getElementById("language");
    setAttribute(language, "title", t.languageTitle);
    var attach = document.getElementById("attach");
    setAttribute(attach, "title", t.attach);
    setAttribute(attach, "aria-label", t.attach);
    setAttribute(document.getElementById("input"), "placeholder", t.placeholder);
    setAttribute(document.getElementById("messages"), "aria-label", t.conversation);
    var label = document.querySelector("label[for=input]");
    if (label && typeof t.inputLabel === "string") label.textContent = t.inputLabel;
    ["you", "helpline", "choices"].forEach(function (key) {
      if (typeof t[key] === "string") words[key] = t[key];
    });
  }

  window.offercheckUi = { apply: apply };
})();
