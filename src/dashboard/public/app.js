// offercheck caseworker dashboard: one page, hash routes, plain browser
// JavaScript in ES modules (js/), no build step and no external resources.
// This file only starts it: the language, the session, the pages' routes.
import { api, csrfCookie, me, onSessionEnded, session, setCsrf } from "./js/api.js";
import { flash, markNav, setExportFilters, showChrome, wireChrome } from "./js/chrome.js";
import { $ } from "./js/dom.js";
import { browserLanguage, t, useLanguage } from "./js/i18n.js";
import { beforeEachRoute, go, main, register, route } from "./js/router.js";
import { advertsView } from "./js/pages/adverts.js";
import { feedbackView } from "./js/pages/feedback.js";
import { loginView } from "./js/pages/login.js";
import { misusedView } from "./js/pages/misused.js";
import { queueView } from "./js/pages/queue.js";
import { referralView } from "./js/pages/referral.js";
import { registryView } from "./js/pages/registry.js";
import { sourcesView } from "./js/pages/sources.js";
import { statsView } from "./js/pages/stats.js";
import { whatsappView } from "./js/pages/whatsapp.js";

register("login", loginView);
register("queue", queueView);
register("referral", (_params, [id]) => (id ? referralView(id) : go("#/queue")));
register("registry", registryView);
register("stats", statsView);
register("feedback", feedbackView);
register("adverts", advertsView);
register("misused", misusedView);
register("sources", sourcesView);
register("whatsapp", whatsappView);

beforeEachRoute((name) => {
  markNav(name);
  // Only the queue has filters; elsewhere the export links take everything.
  if (name !== "queue") setExportFilters({});
});

onSessionEnded(() => {
  session.caseworker = null;
  setCsrf(null);
  showChrome();
  flash(t("session.ended"), "error");
  const back = location.hash.startsWith("#/login") ? "" : location.hash;
  go(`#/login${back ? `?next=${encodeURIComponent(back)}` : ""}`);
});

async function logout() {
  try {
    await api("POST", "/api/auth/logout");
  } catch {
    /* the session is gone either way */
  }
  session.caseworker = null;
  setCsrf(null);
  showChrome();
  flash(t("session.loggedOut"));
  go("#/login");
}

async function start() {
  session.caseworker = null;
  // Without a CSRF token this browser has no session: show the login without asking (no 401 in the console).
  if (session.csrf || csrfCookie()) {
    try {
      session.caseworker = await me();
    } catch {
      session.caseworker = null;
    }
  }
  // The account's language once logged in; before that, the browser's.
  await useLanguage(session.caseworker?.language ?? browserLanguage());
  wireChrome();
  showChrome();
  await route();
}

$("#logout").addEventListener("click", logout);
$("#skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", route);

start();
