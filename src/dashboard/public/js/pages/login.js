// The login form. After login the dashboard switches to the account's language.
import { ApiError, api, errorText, me, session, setCsrf } from "../api.js";
import { showChrome } from "../chrome.js";
import { field, h } from "../dom.js";
import { t, useLanguage } from "../i18n.js";
import { beginView, go, main } from "../router.js";

export function loginView(params) {
  const current = beginView(t("login.title"));
  const next = params.next && params.next.startsWith("#/") && !params.next.startsWith("#/login") ? params.next : "#/queue";
  if (session.caseworker) {
    go(next);
    return;
  }
  const email = h("input", { type: "email", name: "email", autocomplete: "username", required: true, spellcheck: "false", "data-testid": "login-email" });
  const password = h("input", { type: "password", name: "password", autocomplete: "current-password", required: true, minlength: "1", "data-testid": "login-password" });
  const error = h("p", { class: "error-box", role: "alert", hidden: true, "data-testid": "login-error" });
  const submit = h("button", { class: "button primary", type: "submit", "data-testid": "login-submit" }, t("login.submit"));
  const form = h(
    "form",
    { class: "login-form", novalidate: true },
    h("h1", null, t("login.heading")),
    h("p", { class: "muted" }, t("login.intro")),
    field(t("login.email"), email),
    field(t("login.password"), password),
    error,
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!email.value.trim() || !password.value) {
      error.textContent = t("login.missing");
      error.hidden = false;
      (email.value.trim() ? password : email).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t("login.submitting");
    try {
      const data = await api("POST", "/api/auth/login", { email: email.value.trim(), password: password.value });
      setCsrf(data?.csrfToken);
      session.caseworker = data?.caseworker ?? (await me());
      password.value = "";
      await useLanguage(session.caseworker.language);
      showChrome();
      go(next);
    } catch (e) {
      if (!current()) return;
      error.textContent = e instanceof ApiError && e.status === 401 ? t("login.wrong") : errorText(e);
      error.hidden = false;
      submit.disabled = false;
      submit.textContent = t("login.submit");
      password.select();
      password.focus();
    }
  });
  main.append(h("section", { class: "login" }, form));
  email.focus();
}
