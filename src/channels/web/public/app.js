// offercheck web simulator: a chat page that talks to POST /simulator/message,
// the same dialogue the Telegram and WhatsApp channels use.
// Plain browser JavaScript, no build step. Server text is only ever set with
// textContent, never parsed as HTML.
"use strict";

(function () {
  var ENDPOINT = "simulator/message";
  var IMAGE_ENDPOINT = "simulator/image";
  var SESSION_KEY = "offercheck.simulator.session";
  var ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var REQUEST_TIMEOUT_MS = 30000;

  var messages = document.getElementById("messages");
  var form = document.getElementById("composer");
  var input = document.getElementById("input");
  var sendButton = document.getElementById("send");
  var languageButton = document.getElementById("language");
  var attachButton = document.getElementById("attach");
  var pictureInput = document.getElementById("picture");

  var busy = false;
  var typingTurn = null;
  /** The page's own words, in the chat's language once the helpline has answered (the server sends them). */
  var words = { you: "You:", helpline: "Helpline:", choices: "Choices" };

  /** A random url-safe id (64-letter alphabet, so `byte & 63` is unbiased). */
  function randomId(length) {
    var bytes = new Uint8Array(length);
    if (window.crypto && window.crypto.getRandomValues) {
      window.crypto.getRandomValues(bytes);
    } else {
      for (var j = 0; j < length; j++) bytes[j] = Math.floor(Math.random() * 256);
    }
    var id = "";
    for (var i = 0; i < length; i++) id += ID_ALPHABET[bytes[i] & 63];
    return id;
  }

  var memorySession = null;
  /** The simulated sender: one random id per browser, kept in localStorage. */
  function sessionId() {
    try {
      var stored = window.localStorage.getItem(SESSION_KEY);
      if (stored && /^[A-Za-z0-9_-]{24}$/.test(stored)) return stored;
      var created = randomId(24);
      window.localStorage.setItem(SESSION_KEY, created);
      return created;
    } catch (e) {
      // Storage blocked (private mode, file policy): keep the id for this page only.
      if (!memorySession) memorySession = randomId(24);
      return memorySession;
    }
  }

  // ---- rendering -------------------------------------------------------

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
  function revealReply(firstTurn) {
    if (!firstTurn) return scrollToBottom();
    var start = firstTurn.offsetTop - 12;
    var end = messages.scrollHeight - messages.clientHeight;
    messages.scrollTop = Math.max(0, Math.min(start, end));
  }

  function appendTurn(turn) {
    var follow = isNearBottom();
    if (typingTurn && typingTurn.parentNode === messages) messages.insertBefore(turn, typingTurn);
    else messages.appendChild(turn);
    if (follow) scrollToBottom();
    return turn;
  }

  /** Who is speaking, for screen readers only (the bubbles show it by their side and colour). */
  function speaker(name) {
    var label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = name + " ";
    return label;
  }

  function addUserMessage(text) {
    var turn = document.createElement("div");
    turn.className = "turn turn-user";
    var bubble = document.createElement("div");
    bubble.className = "bubble bubble-user";
    bubble.setAttribute("data-testid", "user-message");
    bubble.dir = "auto";
    bubble.textContent = text;
    turn.appendChild(speaker(words.you));
    turn.appendChild(bubble);
    appendTurn(turn);
    scrollToBottom();
    return turn;
  }

  function addBotMessage(message) {
    var turn = document.createElement("div");
    turn.className = "turn turn-bot";
    var bubble = document.createElement("div");
    bubble.className = "bubble bubble-bot";
    bubble.setAttribute("data-testid", "bot-message");
    if (typeof message.lang === "string") bubble.lang = message.lang;
    if (message.rtl) {
      bubble.dir = "rtl";
      turn.dir = "rtl";
    } else {
      bubble.dir = "ltr";
    }
    bubble.textContent = message.text;
    turn.appendChild(speaker(words.helpline));
    turn.appendChild(bubble);

    var rows = Array.isArray(message.buttons) ? message.buttons : [];
    if (rows.length) {
      var group = document.createElement("div");
      group.className = "choices";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", words.choices);
      if (typeof message.lang === "string") group.lang = message.lang;
      if (message.rtl) group.dir = "rtl";
      rows.forEach(function (row) {
        if (!Array.isArray(row) || !row.length) return;
        var rowEl = document.createElement("div");
        rowEl.className = "choice-row";
        row.forEach(function (choice) {
          if (!choice || typeof choice.data !== "string" || typeof choice.label !== "string") return;
          var button = document.createElement("button");
          button.type = "button";
          button.className = "choice";
          button.setAttribute("data-testid", "choice");
          button.textContent = choice.label;
          button.addEventListener("click", function () {
            if (busy) return;
            send({ button: choice.data }, choice.label);
          });
          rowEl.appendChild(button);
        });
        group.appendChild(rowEl);
      });
      turn.appendChild(group);
    }
    return appendTurn(turn);
  }

  function addErrorMessage(text) {
    var turn = document.createElement("div");
    turn.className = "turn turn-bot";
    var bubble = document.createElement("div");
    bubble.className = "bubble bubble-error";
    bubble.setAttribute("data-testid", "error-message");
    bubble.setAttribute("role", "alert");
    bubble.dir = "ltr";
    bubble.textContent = text;
    turn.appendChild(bubble);
    appendTurn(turn);
    scrollToBottom();
  }

  function addNote(text) {
    var turn = document.createElement("div");
    turn.className = "turn turn-note";
    var note = document.createElement("div");
    note.className = "system-note";
    note.textContent = text;
    turn.appendChild(note);
    appendTurn(turn);
    scrollToBottom();
  }

  function showTyping() {
    if (typingTurn) return;
    typingTurn = document.createElement("div");
    typingTurn.className = "turn turn-bot";
    typingTurn.setAttribute("data-testid", "typing");
    typingTurn.setAttribute("aria-hidden", "true");
    var bubble = document.createElement("div");
    bubble.className = "bubble bubble-bot typing";
    bubble.textContent = "…";
    typingTurn.appendChild(bubble);
    messages.appendChild(typingTurn);
    scrollToBottom();
  }

  function hideTyping() {
    if (typingTurn && typingTurn.parentNode) typingTurn.parentNode.removeChild(typingTurn);
    typingTurn = null;
  }

  function setBusy(value) {
    busy = value;
    sendButton.disabled = value;
    languageButton.disabled = value;
    attachButton.disabled = value;
    messages.setAttribute("aria-busy", value ? "true" : "false");
    document.body.classList.toggle("is-busy", value);
    var choices = messages.querySelectorAll("button.choice");
    for (var i = 0; i < choices.length; i++) {
      if (value) choices[i].setAttribute("aria-disabled", "true");
      else choices[i].removeAttribute("aria-disabled");
    }
  }

  // ---- talking to the server ----------------------------------------------

  function isOutgoingMessage(m) {
    return m !== null && typeof m === "object" && typeof m.text === "string";
  }

  function describeHttpError(status, body) {
    var detail = body && typeof body.message === "string" ? ": " + body.message : "";
    if (status === 429) return "The simulator is busy (HTTP 429). Please wait a moment and try again.";
    if (status === 413) return "This picture is too large to send. Please send a smaller one, or paste the text of the advert.";
    if (status >= 500) return "The helpline server had a problem (HTTP " + status + "). Please try again.";
    return "The message could not be sent (HTTP " + status + detail + ").";
  }

  /** The request for `payload`: text and buttons as JSON, a picture as the body with the sender in the query. */
  function requestFor(payload) {
    var sender = { session: sessionId(), messageId: randomId(16) };
    if (navigator.language) sender.languageHint = String(navigator.language).slice(0, 16);
    if (payload.image) {
      return {
        url: IMAGE_ENDPOINT + "?" + new URLSearchParams(sender).toString(),
        headers: { "content-type": payload.image.type || "application/octet-stream", accept: "application/json" },
        body: payload.image,
      };
    }
    if (typeof payload.text === "string") sender.text = payload.text;
    else sender.button = payload.button;
    return { url: ENDPOINT, headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(sender) };
  }

  /**
   * Posts one message; `payload` is {text}, {button} or {image: File}.
   * `shown` is what the user's bubble says (the text, the label of the
   * pressed button, the picture's name).
   */
  function send(payload, shown) {
    if (busy) return Promise.resolve();
    var request = requestFor(payload);

    if (shown !== null) addUserMessage(shown);
    setBusy(true);
    showTyping();

    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;

    return fetch(request.url, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      cache: "no-store",
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        return response
          .json()
          .catch(function () { return null; })
          .then(function (json) {
            if (!response.ok) throw new Error(describeHttpError(response.status, json));
            if (!json || !Array.isArray(json.messages)) throw new Error("The server sent an answer this page does not understand.");
            if (window.offercheckUi) window.offercheckUi.apply(json.ui, words);
            return json.messages;
          });
      })
      .then(
        function (replies) {
          hideTyping();
          var first = null;
          replies.filter(isOutgoingMessage).forEach(function (m) {
            var turn = addBotMessage(m);
            if (!first) first = turn;
          });
          if (!replies.length) addNote("(no reply)");
          revealReply(first);
        },
        function (error) {
          hideTyping();
          var reason =
            error && error.name === "AbortError"
              ? "The helpline did not answer in time. Please try again."
              : error instanceof TypeError
                ? "Could not reach the simulator server. Is it still running? Please try again."
                : (error && error.message) || "Something went wrong. Please try again.";
          addErrorMessage("⚠ " + reason);
          // Give the unsent text back, so it can be sent again with one key.
          if (typeof payload.text === "string" && payload.text.charAt(0) !== "/" && input.value === "") {
            input.value = payload.text;
            autosize();
          }
        },
      )
      .then(function () {
        if (timer) clearTimeout(timer);
        setBusy(false);
        if (document.activeElement === document.body || document.activeElement === null) input.focus({ preventScroll: true });
      });
  }

  // ---- composer ---------------------------------------------------------

  function autosize() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 160) + "px";
  }

  function submitInput() {
    if (busy) return;
    var text = input.value;
    if (text.trim() === "") {
      input.focus();
      return;
    }
    input.value = "";
    autosize();
    send({ text: text }, text);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submitInput();
  });

  input.addEventListener("keydown", function (event) {
    // Enter sends; Shift+Enter is a new line; never while an IME is composing.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      submitInput();
    }
  });

  input.addEventListener("input", autosize);

  languageButton.addEventListener("click", function () {
    send({ text: "/language" }, "/language");
  });

  function sendPicture(file) {
    if (busy || !file) return;
    send({ image: file }, "Picture: " + (file.name || "pasted"));
  }

  attachButton.addEventListener("click", function () {
    if (!busy) pictureInput.click();
  });

  pictureInput.addEventListener("change", function () {
    var file = pictureInput.files && pictureInput.files[0];
    // Cleared, so the same picture can be chosen again.
    pictureInput.value = "";
    sendPicture(file);
  });

  // A screenshot pasted into the message box is sent as a picture.
  input.addEventListener("paste", function (event) {
    var files = event.clipboardData ? event.clipboardData.files : null;
    for (var i = 0; files && i < files.length; i++) {
      if (files[i].type.indexOf("image/") === 0) {
        event.preventDefault();
        sendPicture(files[i]);
        return;
      }
    }
  });

  send({ text: "/start" }, "/start");
})();
