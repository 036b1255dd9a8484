// offercheck caseworker dashboard: one page, hash routes, plain browser JavaScript.
// No build step and no external resources. Every value that comes from the
// API is put on the page with textContent (through h() below), never parsed
// as HTML: ads are written by scammers.

/* ------------------------------------------------------------------ */
/* Vocabulary                                                          */
/* ------------------------------------------------------------------ */

const STATUSES = ["new", "claimed", "in_review", "referred", "resolved", "rejected"];
const CLOSED = ["referred", "resolved", "rejected"];
const STATUS_LABEL = {
  new: "New",
  claimed: "Claimed",
  in_review: "In review",
  referred: "Referred",
  resolved: "Resolved",
  rejected: "Rejected",
};
/** The workflow as the API enforces it (src/referrals/status.ts); the server has the last word. */
const TRANSITIONS = {
  new: ["claimed"],
  claimed: ["in_review", "referred", "resolved", "rejected", "new"],
  in_review: ["referred", "resolved", "rejected", "new"],
  referred: ["resolved", "new"],
  resolved: ["new"],
  rejected: ["new"],
};
const TRANSITION_LABEL = {
  claimed: "Claim",
  in_review: "Start review (in review)",
  referred: "Referred to a partner",
  resolved: "Resolved",
  rejected: "Rejected (not a case)",
  new: "Release to the queue (new)",
};

const RISKS = ["high", "medium", "low"];
const RISK_LABEL = { high: "High", medium: "Medium", low: "Low" };
const CRIME_LABEL = { fraud: "Fraud", smuggling: "Smuggling", trafficking: "Trafficking" };

const LANGUAGES = ["ur", "ur-Latn", "ru", "uz-Latn", "uz-Cyrl", "tg", "ky", "kk", "en", "und"];
const LANGUAGE_LABEL = {
  ur: "Urdu",
  "ur-Latn": "Roman Urdu",
  ru: "Russian",
  "uz-Latn": "Uzbek (Latin)",
  "uz-Cyrl": "Uzbek (Cyrillic)",
  tg: "Tajik",
  ky: "Kyrgyz",
  kk: "Kazakh",
  en: "English",
  und: "Unknown",
};

const FLAG_LABEL = {
  upfront_fee: "Upfront fee",
  fee_over_legal_cap: "Fee over legal cap",
  guaranteed_visa: "Guaranteed visa",
  wrong_visa_type: "Wrong visa type",
  no_requirements: "No requirements",
  urgency: "Pressure to hurry",
  unrealistic_pay: "Unrealistic pay",
  benefits_bait: "Benefits bait",
  contact_only_messenger: "Messenger-only contact",
  free_email: "Free e-mail",
  no_company_details: "No company details",
  unlicensed_recruiter: "Unlicensed recruiter",
  revoked_licence: "Revoked licence",
  licence_name_mismatch: "Licence/name mismatch",
  brand_impersonation: "Brand impersonation",
  scheme_misuse: "Scheme misuse",
  payment_channel: "Untraceable payment",
  document_forgery: "Document forgery",
  suspicious_link: "Suspicious link",
  smuggling_route: "Smuggling route",
  trafficking_risk: "Trafficking risk",
  formatting_anomalies: "Formatting anomalies",
  reported_before: "Reported before",
  legit_markers: "Contract terms (lawful)",
  licensed_recruiter: "Licensed recruiter (lawful)",
  lawful_fee: "No fee / lawful fee (lawful)",
  official_channel: "Official channel (lawful)",
  employer_details: "Employer details (lawful)",
  anti_fraud_notice: "Anti-fraud notice (lawful)",
};
const FLAGS = Object.keys(FLAG_LABEL);
/** Signs that speak for an advert: shown apart from the red flags. */
const LEGIT = new Set(["legit_markers", "licensed_recruiter", "lawful_fee", "official_channel", "employer_details", "anti_fraud_notice"]);

const CHANNEL_LABEL = { telegram: "Telegram", whatsapp: "WhatsApp", web: "Web", journal: "Journal" };
const KIND_LABEL = {
  phone: "phone",
  handle: "handle",
  email: "e-mail",
  email_domain: "e-mail domain",
  url_domain: "web domain",
  licence: "licence",
  brand: "brand",
};
const ACTION_LABEL = {
  filed: "Filed",
  claimed: "Claimed",
  status_changed: "Status changed",
  note_added: "Note added",
  claim_expired: "Claim expired",
};

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" });
  } catch {
    return null;
  }
})();

function countryName(code) {
  if (!code) return "Unknown";
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
const label = (map, key) => (key == null || key === "" ? "—" : map[key] ?? String(key));

/* ------------------------------------------------------------------ */
/* DOM helpers                                                         */
/* ------------------------------------------------------------------ */

/**
 * Creates an element. Children that are not nodes become text nodes, so no
 * string ever reaches the HTML parser. Props: class, text, on<event>,
 * dataset, DOM properties (booleans, value) and plain attributes.
 */
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
    else if (key === "text") el.textContent = String(value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "value" || (typeof value === "boolean" && key in el)) el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, ...children);
  return el;
}

function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

const $ = (selector, root = document) => root.querySelector(selector);

let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

/** A labelled form control; returns [wrapper, control]. */
function field(labelText, control, hint) {
  control.id ||= nextId("f");
  const hintEl = hint ? h("span", { class: "hint", id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: control.id }, labelText), control, hintEl);
}

function select(name, options, current, props = {}) {
  return h(
    "select",
    { name, ...props },
    options.map(([value, text]) => h("option", { value, selected: String(value) === String(current ?? "") }, text)),
  );
}

/* ------------------------------------------------------------------ */
/* Formatting                                                          */
/* ------------------------------------------------------------------ */

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

function fmtDateTime(iso) {
  if (!iso) return "—";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : dateTime.format(d);
}

function ago(iso) {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return "—";
  const s = Math.round((Date.now() - d.getTime()) / 1000);
  if (s < 0) return `in ${untilText(-s)}`;
  if (s < 60) return "just now";
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  if (s < 14 * 86400) return `${Math.floor(s / 86400)} d ago`;
  return shortDate.format(d);
}

function untilText(s) {
  if (s < 3600) return `${Math.max(1, Math.round(s / 60))} min`;
  if (s < 86400) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} d`;
}

/** A <time> with a relative text and the exact date as tooltip. */
function timeEl(iso, relative = true) {
  return h("time", { datetime: iso ?? "", title: fmtDateTime(iso) }, relative ? ago(iso) : fmtDateTime(iso));
}

const pct = (score) => (typeof score === "number" ? Math.round(score * 100) : null);

function riskBadge(risk, score) {
  const p = pct(score);
  return h("span", { class: ["badge", `risk-${risk}`], title: p === null ? undefined : `Risk score ${p}/100` }, label(RISK_LABEL, risk), p === null ? null : h("span", { class: "score" }, ` ${p}`));
}

const statusBadge = (status) => h("span", { class: ["badge", `status-${status}`] }, label(STATUS_LABEL, status));
const urgentBadge = () => h("span", { class: "badge urgent-badge" }, "Urgent");

/* ------------------------------------------------------------------ */
/* API                                                                 */
/* ------------------------------------------------------------------ */

const CSRF_KEY = "offercheck.dashboard.csrf";
/** Set by login next to the httpOnly session cookie, readable here (double submit). */
const CSRF_COOKIE = "oc_csrf";

function csrfCookie() {
  for (const part of document.cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

class ApiError extends Error {
  constructor(status, code, message, issues) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

const session = {
  caseworker: null,
  csrf: readStored(CSRF_KEY) ?? csrfCookie(),
};

function readStored(key) {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key, value) {
  try {
    if (value) window.sessionStorage.setItem(key, value);
    else window.sessionStorage.removeItem(key);
  } catch {
    /* storage blocked: the token lives in memory for this page */
  }
}

function setCsrf(token) {
  session.csrf = token || null;
  store(CSRF_KEY, session.csrf);
}

/**
 * Calls the caseworker API with the session cookie. Writes carry the CSRF
 * token; a 401 ends the session on the page and shows the login.
 */
async function api(method, path, body) {
  const headers = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const csrf = session.csrf ?? csrfCookie();
  if (method !== "GET" && csrf) headers["x-csrf-token"] = csrf;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "The server cannot be reached. Check the connection and try again.");
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data?.error, data?.message ?? defaultMessage(response.status), data?.issues);
    if (response.status === 401 && !path.startsWith("/api/auth/login")) sessionEnded();
    throw error;
  }
  return data;
}

function defaultMessage(status) {
  if (status === 401) return "Your session has ended. Please log in again.";
  if (status === 403) return "You are not allowed to do this.";
  if (status === 404) return "Not found.";
  if (status === 429) return "Too many requests. Wait a moment and try again.";
  return `The server answered ${status}.`;
}

function errorText(error) {
  if (!(error instanceof ApiError)) return error?.message ?? String(error);
  const details = Array.isArray(error.issues) ? error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ") : "";
  return details ? `${error.message} (${details})` : error.message;
}

function sessionEnded() {
  if (!session.caseworker) return;
  session.caseworker = null;
  setCsrf(null);
  showChrome();
  flash("Your session has ended. Please log in again.", "error");
  const back = location.hash.startsWith("#/login") ? "" : location.hash;
  go(`#/login${back ? `?next=${encodeURIComponent(back)}` : ""}`);
}

/** Builds a query string from the non-empty values of an object. */
function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/* ------------------------------------------------------------------ */
/* Page chrome: who is logged in, navigation, messages                 */
/* ------------------------------------------------------------------ */

const main = $("#main");
let flashTimer = 0;

function flash(message, kind = "info") {
  const el = $("#flash");
  clearTimeout(flashTimer);
  el.className = `flash flash-${kind}`;
  el.setAttribute("role", kind === "error" ? "alert" : "status");
  el.textContent = message;
  el.hidden = false;
  flashTimer = setTimeout(() => {
    el.hidden = true;
  }, kind === "error" ? 10000 : 4000);
}

function showChrome() {
  const cw = session.caseworker;
  $("#nav").hidden = !cw;
  $("#who").hidden = !cw;
  if (!cw) return;
  $("#who-email").textContent = cw.email;
  $("#who-role").textContent = cw.role === "admin" ? "admin" : "";
  $("#who-role").hidden = cw.role !== "admin";
  $("#nav-whatsapp").hidden = cw.role !== "admin";
  const countries = cw.countries ?? [];
  $("#who-countries").textContent =
    cw.role === "admin" ? "all countries" : countries.length ? countries.join(" · ") : "no countries";
  $("#who-countries").title = countries.map(countryName).join(", ");
}

function markNav(route) {
  for (const a of document.querySelectorAll("#nav a[data-route]")) {
    if (a.dataset.route === route) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

/** Export links follow the queue's filters, so "export" exports what is on screen. */
function setExportFilters(params) {
  const q = query(params);
  $("#export-csv").href = `/api/caseworker/export.csv${q}`;
  $("#export-misp").href = `/api/caseworker/export.misp.json${q}`;
  const note = q ? "Exports the referrals matching the queue filters" : "Exports all referrals of your countries";
  $("#export-csv").title = note;
  $("#export-misp").title = note;
}

/* ------------------------------------------------------------------ */
/* Router                                                              */
/* ------------------------------------------------------------------ */

let renderSeq = 0;
let lastQueueHash = "#/queue";
const charts = [];

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/queue";
  const [path, qs = ""] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params: Object.fromEntries(new URLSearchParams(qs)) };
}

/** Starts a view: clears the page, returns a check that says whether a later navigation replaced it. */
function beginView(title) {
  const seq = ++renderSeq;
  for (const chart of charts.splice(0)) chart.destroy();
  clear(main);
  document.title = `${title} — offercheck caseworkers`;
  return () => seq === renderSeq;
}

function focusHeading() {
  const heading = $("h1", main);
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
}

async function route() {
  const { parts, params } = parseHash();
  const name = parts[0] ?? "queue";
  if (name !== "login" && !session.caseworker) {
    go(`#/login?next=${encodeURIComponent(location.hash || "#/queue")}`);
    return;
  }
  markNav(name);
  if (name !== "queue") setExportFilters({});
  try {
    if (name === "login") await loginView(params);
    else if (name === "queue") await queueView(params);
    else if (name === "referral" && parts[1]) await referralView(parts[1]);
    else if (name === "registry") await registryView(params);
    else if (name === "stats") await statsView(params);
    else if (name === "feedback") await feedbackView(params);
    else if (name === "whatsapp") await whatsappView();
    else go("#/queue");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return;
    beginView("Error");
    main.append(h("h1", null, "Something went wrong"), h("p", { class: "error-box", role: "alert" }, errorText(error)), h("p", null, h("a", { href: "#/queue" }, "Back to the queue")));
  }
}

/* ------------------------------------------------------------------ */
/* Login                                                               */
/* ------------------------------------------------------------------ */

function loginView(params) {
  const current = beginView("Log in");
  const next = params.next && params.next.startsWith("#/") && !params.next.startsWith("#/login") ? params.next : "#/queue";
  if (session.caseworker) {
    go(next);
    return;
  }
  const email = h("input", { type: "email", name: "email", autocomplete: "username", required: true, spellcheck: "false", "data-testid": "login-email" });
  const password = h("input", { type: "password", name: "password", autocomplete: "current-password", required: true, minlength: "1", "data-testid": "login-password" });
  const error = h("p", { class: "error-box", role: "alert", hidden: true, "data-testid": "login-error" });
  const submit = h("button", { class: "button primary", type: "submit", "data-testid": "login-submit" }, "Log in");
  const form = h(
    "form",
    { class: "login-form", novalidate: true },
    h("h1", null, "Caseworker login"),
    h("p", { class: "muted" }, "For IOM, NGO and hotline staff who work the referral queue."),
    field("E-mail", email),
    field("Password", password),
    error,
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!email.value.trim() || !password.value) {
      error.textContent = "Enter your e-mail and password.";
      error.hidden = false;
      (email.value.trim() ? password : email).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = "Logging in…";
    try {
      const data = await api("POST", "/api/auth/login", { email: email.value.trim(), password: password.value });
      setCsrf(data?.csrfToken);
      session.caseworker = data?.caseworker ?? (await me());
      password.value = "";
      showChrome();
      go(next);
    } catch (e) {
      if (!current()) return;
      error.textContent = e instanceof ApiError && e.status === 401 ? "Wrong e-mail or password." : errorText(e);
      error.hidden = false;
      submit.disabled = false;
      submit.textContent = "Log in";
      password.select();
      password.focus();
    }
  });
  main.append(h("section", { class: "login" }, form));
  email.focus();
}

async function me() {
  const data = await api("GET", "/api/auth/me");
  if (data?.csrfToken) setCsrf(data.csrfToken);
  return data?.caseworker ?? data;
}

async function logout() {
  try {
    await api("POST", "/api/auth/logout");
  } catch {
    /* the session is gone either way */
  }
  session.caseworker = null;
  setCsrf(null);
  showChrome();
  flash("You are logged out.");
  go("#/login");
}

/* ------------------------------------------------------------------ */
/* Queue                                                               */
/* ------------------------------------------------------------------ */

/** The filter control that changed, focused again after the queue re-renders. */
let refocusControl = null;

const QUEUE_FILTERS = ["status", "urgency", "country", "language", "risk", "flag", "channel", "q", "sort"];
/** Status choices of the queue; the queue shows open referrals unless told otherwise. */
const STATUS_GROUPS = { open: "new,claimed,in_review", closed: "referred,resolved,rejected", any: "" };
const OPEN = ["new", "claimed", "in_review"];

/** The API's filter parameters for the queue's (hash) parameters. */
function apiFilters(filters) {
  const out = {};
  for (const [key, value] of Object.entries(filters)) if (value && key !== "sort") out[key] = value;
  const status = filters.status || "open";
  if (status in STATUS_GROUPS) {
    if (STATUS_GROUPS[status]) out.status = STATUS_GROUPS[status];
    else delete out.status;
  }
  return out;
}

async function queueView(params) {
  const current = beginView("Queue");
  lastQueueHash = location.hash || "#/queue";
  const filters = Object.fromEntries(QUEUE_FILTERS.map((k) => [k, params[k] ?? ""]));
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  setExportFilters(apiFilters(filters));

  const cw = session.caseworker;
  const countries = cw.role === "admin" ? [] : cw.countries ?? [];
  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter the queue", "data-testid": "filters" });
  const controls = {
    q: h("input", { type: "search", name: "q", value: filters.q, placeholder: "Words, phone, licence…", "data-testid": "filter-q" }),
    status: select(
      "status",
      [["open", "Open"], ...STATUSES.map((s) => [s, STATUS_LABEL[s]]), ["closed", "Closed"], ["any", "Any status"]],
      filters.status || "open",
      { "data-testid": "filter-status", title: "Open: new, claimed or in review. Closed: referred, resolved or rejected." },
    ),
    urgency: select("urgency", [["", "Any urgency"], ["urgent", "Urgent"], ["normal", "Normal"]], filters.urgency, { "data-testid": "filter-urgency" }),
    risk: select("risk", [["", "Any risk"], ...RISKS.map((r) => [r, RISK_LABEL[r]])], filters.risk, { "data-testid": "filter-risk" }),
    country:
      countries.length === 1
        ? null
        : countries.length
          ? select("country", [["", "All my countries"], ...countries.map((c) => [c, `${countryName(c)} (${c})`])], filters.country, { "data-testid": "filter-country" })
          : h("input", { type: "text", name: "country", value: filters.country, placeholder: "e.g. PK", maxlength: "2", size: "4", pattern: "[A-Za-z]{2}", "data-testid": "filter-country" }),
    language: select("language", [["", "Any language"], ...LANGUAGES.map((l) => [l, LANGUAGE_LABEL[l]])], filters.language, { "data-testid": "filter-language" }),
    flag: select("flag", [["", "Any flag"], ...FLAGS.map((f) => [f, FLAG_LABEL[f]])], filters.flag, { "data-testid": "filter-flag" }),
    sort: select("sort", [["urgent", "Urgent first"], ["newest", "Newest first"], ["oldest", "Oldest first"]], filters.sort || "urgent", { "data-testid": "filter-sort" }),
  };
  append(
    form,
    h(
      "div",
      { class: "field grow" },
      h("label", { for: (controls.q.id = "filter-q") }, "Search the adverts"),
      h("div", { class: "search-row" }, controls.q, h("button", { class: "button", type: "submit", "data-testid": "filter-apply" }, "Search")),
    ),
    field("Status", controls.status),
    field("Urgency", controls.urgency),
    field("Risk", controls.risk),
    controls.country ? field("Country", controls.country) : null,
    field("Language", controls.language),
    field("Flag", controls.flag),
    field("Order", controls.sort),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(
      Object.entries(controls)
        .filter(([, control]) => control)
        .map(([key, control]) => [key, control.value.trim()]),
    );
    if (values.sort === "urgent") delete values.sort;
    if (values.status === "open") delete values.status;
    if (values.country) values.country = values.country.toUpperCase();
    go(`#/queue${query(values)}`);
  });
  // Selects apply at once (and keep the focus, for keyboard users); the search box applies on Enter.
  for (const control of Object.values(controls)) {
    if (control?.tagName !== "SELECT") continue;
    control.addEventListener("change", () => {
      refocusControl = control.name;
      form.requestSubmit();
    });
  }

  const claimButton = h("button", { class: "button primary", type: "button", "data-testid": "claim-next" }, "Claim next");
  claimButton.addEventListener("click", () => claimNext(claimButton));
  const summary = h("p", { class: "queue-summary", "aria-live": "polite", "data-testid": "queue-summary" }, "Loading…");
  const filtered = Object.entries(filters).some(([key, value]) => value && key !== "sort");
  const reset = filtered ? h("a", { href: "#/queue", class: "reset-link", "data-testid": "filter-reset" }, "Clear filters") : null;
  const tableWrap = h("div", { class: "table-wrap" });
  const pager = h("nav", { class: "pager", "aria-label": "Pages" });

  main.append(
    h(
      "div",
      { class: "view-head" },
      h("h1", null, "Referral queue"),
      summary,
      reset,
      h("div", { class: "view-actions" }, h("span", { class: "hint" }, "Takes the oldest urgent referral, else the oldest one"), claimButton),
    ),
    form,
    tableWrap,
    pager,
  );
  const again = refocusControl && form.elements.namedItem(refocusControl);
  refocusControl = null;
  if (again) again.focus();
  else focusHeading();

  const apiParams = { ...apiFilters(filters), sort: filters.sort || "urgent", page: page > 1 ? page : undefined };
  const data = await api("GET", `/api/caseworker/referrals${query(apiParams)}`);
  if (!current()) return;
  const items = data?.items ?? data?.referrals ?? [];
  const total = data?.total ?? items.length;
  const pageSize = data?.pageSize ?? items.length;
  const urgentOpen = items.filter((r) => r.urgency === "urgent" && !CLOSED.includes(r.status)).length;
  summary.textContent = `${total} referral${total === 1 ? "" : "s"}${urgentOpen ? ` · ${urgentOpen} urgent open on this page` : ""}`;
  tableWrap.append(queueTable(items));
  renderPager(pager, page, pageSize, total, params);
}

function queueTable(items) {
  if (items.length === 0) return h("p", { class: "empty", "data-testid": "queue-empty" }, "No referrals match these filters.");
  const head = ["", "Ref", "Received", "Status", "Risk", "Crime", "Flags", "Country", "Language", "Channel", "Assignee", "Advert"];
  const cls = ["c-urgent", "c-ref", "c-time", "c-status", "c-risk", "c-crime", "c-flags", "c-country", "c-lang", "c-channel", "c-assignee", "c-ad"];
  return h(
    "table",
    { class: "queue", "data-testid": "queue-table" },
    h("caption", { class: "visually-hidden" }, "Referrals, urgent ones marked"),
    h("thead", null, h("tr", null, head.map((text, i) => h("th", { scope: "col", class: cls[i] }, i === 0 ? h("span", { class: "visually-hidden" }, "Urgency") : text)))),
    h(
      "tbody",
      null,
      items.map((r) => {
        const link = h("a", { href: `#/referral/${encodeURIComponent(r.id)}`, "data-testid": "referral-link" }, r.reference);
        const flags = r.flags ?? [];
        const tr = h(
          "tr",
          { class: [r.urgency === "urgent" && "urgent", CLOSED.includes(r.status) && "closed"], "data-testid": "queue-row", "data-reference": r.reference, "data-urgency": r.urgency },
          h("td", { class: "c-urgent" }, r.urgency === "urgent" ? urgentBadge() : null),
          h("td", { class: "c-ref" }, link),
          h("td", { class: "c-time" }, timeEl(r.createdAt)),
          h("td", { class: "c-status" }, statusBadge(r.status)),
          h("td", { class: "c-risk" }, riskBadge(r.risk, r.score)),
          h("td", { class: "c-crime" }, r.crime ? h("span", { class: ["crime", `crime-${r.crime}`] }, label(CRIME_LABEL, r.crime)) : h("span", { class: "muted" }, "—")),
          h(
            "td",
            { class: "c-flags" },
            flags
              .filter((f) => !LEGIT.has(f))
              .slice(0, 2)
              .map((f) => h("span", { class: "chip", title: f }, label(FLAG_LABEL, f))),
            flags.length > 2 ? h("span", { class: "more", title: flags.map((f) => label(FLAG_LABEL, f)).join(", ") }, `+${flags.length - 2}`) : null,
          ),
          h("td", { class: "c-country", title: countryName(r.country) }, r.country ?? "—"),
          h("td", { class: "c-lang" }, label(LANGUAGE_LABEL, r.language)),
          h("td", { class: "c-channel" }, label(CHANNEL_LABEL, r.channel)),
          h("td", { class: "c-assignee" }, r.assignee ? (r.assignee.id === session.caseworker?.id ? h("strong", null, "me") : r.assignee.email) : h("span", { class: "muted" }, "—")),
          h("td", { class: "c-ad" }, h("span", { class: "excerpt", dir: "auto" }, oneLine(r.excerpt ?? r.adText ?? ""))),
        );
        // The whole row opens the referral for mouse users; keyboard users have the link.
        tr.addEventListener("click", (event) => {
          if (event.target.closest("a") || window.getSelection()?.toString()) return;
          go(link.getAttribute("href"));
        });
        return tr;
      }),
    ),
  );
}

const oneLine = (text) => String(text).replace(/\s+/g, " ").trim();

function renderPager(pager, page, pageSize, total, params) {
  const pages = pageSize > 0 ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  if (pages <= 1) return;
  const link = (p, text) => h("a", { class: "button subtle", href: `#/queue${query({ ...params, page: p > 1 ? p : undefined })}` }, text);
  append(pager, page > 1 ? link(page - 1, "← Newer page") : null, h("span", null, `Page ${page} of ${pages}`), page < pages ? link(page + 1, "Next page →") : null);
  if (page > 1) pager.firstChild.setAttribute("rel", "prev");
}

async function claimNext(button) {
  button.disabled = true;
  try {
    const data = await api("POST", "/api/caseworker/referrals/claim-next");
    const claimed = data?.referral ?? data;
    if (!claimed?.id) {
      flash("The queue is empty: nothing to claim in your countries.");
      return;
    }
    flash(`You claimed ${claimed.reference}.`);
    go(`#/referral/${encodeURIComponent(claimed.id)}`);
  } catch (error) {
    if (error.status === 404 || error.code === "queue_empty") flash("The queue is empty: nothing to claim in your countries.");
    else flash(errorText(error), "error");
  } finally {
    button.disabled = false;
  }
}

/* ------------------------------------------------------------------ */
/* Referral detail                                                     */
/* ------------------------------------------------------------------ */

async function referralView(id) {
  const current = beginView("Referral");
  main.append(h("p", { class: "loading" }, "Loading referral…"));
  const data = await api("GET", `/api/caseworker/referrals/${encodeURIComponent(id)}`);
  if (!current()) return;
  renderReferral(data?.referral ?? data);
}

function renderReferral(r) {
  const current = beginView(`Referral ${r.reference}`);
  const verdict = r.verdict ?? {};
  const cw = session.caseworker;
  const mine = r.assignee && r.assignee.id === cw?.id;

  const head = h(
    "div",
    { class: "detail-head" },
    h("a", { class: "back", href: lastQueueHash }, "← Queue"),
    h(
      "h1",
      { "data-testid": "detail-title" },
      "Referral ",
      h("span", { class: "reference", "data-testid": "detail-reference" }, r.reference),
    ),
    h(
      "div",
      { class: "badges" },
      r.urgency === "urgent" ? urgentBadge() : null,
      h("span", { "data-testid": "detail-status" }, statusBadge(r.status)),
      riskBadge(r.risk, r.score),
      r.crime ? h("span", { class: ["badge", "crime", `crime-${r.crime}`] }, label(CRIME_LABEL, r.crime)) : null,
    ),
    h(
      "dl",
      { class: "meta" },
      metaItem("Received", fmtDateTime(r.createdAt)),
      metaItem("Country", r.country ? `${countryName(r.country)} (${r.country})` : "Unknown"),
      metaItem("Language", label(LANGUAGE_LABEL, r.language)),
      metaItem("Channel", label(CHANNEL_LABEL, r.channel)),
      metaItem("Assignee", r.assignee ? (mine ? `me (${r.assignee.email})` : r.assignee.email) : "nobody"),
      r.claimExpiresAt && !CLOSED.includes(r.status) ? metaItem("Claim lapses", fmtDateTime(r.claimExpiresAt)) : null,
      r.closedAt ? metaItem("Closed", fmtDateTime(r.closedAt)) : null,
    ),
  );

  const left = h(
    "div",
    { class: "detail-main" },
    section("Advert", "advert", adTextBlock(r.adText ?? "", verdict.flags ?? [], r.language), h("p", { class: "hint" }, "Marked: the words the findings rest on. The reporter's own contact details were removed before filing.")),
    section("Reporter's answers", "answers", answersBlock(r.reporterAnswers ?? {})),
    section("Why this verdict", "verdict", verdictBlock(verdict)),
    registryBlock(verdict.registry ?? []),
    historyBlock(verdict.history ?? []),
    section("What the advert names", "entities", entitiesBlock(r.entities ?? verdict.entities ?? {})),
  );

  const right = h(
    "div",
    { class: "detail-side" },
    section("Status", "status", statusForm(r)),
    section("Notes", "notes", notesBlock(r)),
    section("Linked referrals", "cluster", clusterBlock(r.cluster)),
    section("Audit trail", "audit", auditBlock(r.events ?? [])),
  );

  main.append(head, h("div", { class: "detail" }, left, right));
  focusHeading();
  return current;
}

function metaItem(term, value) {
  return h("div", null, h("dt", null, term), h("dd", null, value));
}

function section(title, key, ...content) {
  const id = `sec-${key}`;
  return h("section", { class: ["panel", `panel-${key}`], "aria-labelledby": id, "data-testid": `section-${key}` }, h("h2", { id }, title), content);
}

/** The ad text with evidence marked; ranges are used only where they still match the stored (redacted) text. */
function adTextBlock(text, flags, language) {
  const ranges = [];
  for (const flag of flags) {
    for (const ev of flag.evidence ?? []) {
      if (Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.end > ev.start && text.slice(ev.start, ev.end) === ev.text) {
        ranges.push({ start: ev.start, end: ev.end, flag: flag.id, legit: LEGIT.has(flag.id) });
      }
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      if (!last.flags.includes(range.flag)) last.flags.push(range.flag);
      last.legit &&= range.legit;
    } else merged.push({ start: range.start, end: range.end, flags: [range.flag], legit: range.legit });
  }
  const block = h("div", { class: "ad-text", dir: "auto", lang: language && language !== "und" ? language : "", "data-testid": "ad-text", tabindex: "0", "aria-label": "Advert text" });
  let at = 0;
  for (const m of merged) {
    if (m.start > at) block.append(text.slice(at, m.start));
    block.append(h("mark", { class: m.legit ? "legit" : undefined, title: m.flags.map((f) => label(FLAG_LABEL, f)).join(", ") }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) block.append(text.slice(at));
  return block;
}

function verdictBlock(verdict) {
  const flags = [...(verdict.flags ?? [])].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  const p = pct(verdict.score);
  return [
    h(
      "p",
      { class: "verdict-line" },
      riskBadge(verdict.risk, verdict.score),
      " ",
      p === null ? null : `Score ${p}/100`,
      verdict.crime ? ` · looks like ${label(CRIME_LABEL, verdict.crime).toLowerCase()}` : "",
      verdict.isJobAd === false ? " · not recognised as a job advert" : "",
      verdict.language ? ` · written in ${label(LANGUAGE_LABEL, verdict.language)}` : "",
    ),
    flags.length
      ? h(
          "ul",
          { class: "flags", "data-testid": "verdict-flags" },
          flags.map((f) =>
            h(
              "li",
              { class: f.weight < 0 ? "legit" : undefined },
              h("span", { class: "flag-name" }, label(FLAG_LABEL, f.id)),
              h("span", { class: "weight", title: "Contribution to the score" }, `${f.weight > 0 ? "+" : ""}${Math.round((f.weight ?? 0) * 100) / 100}`),
              (f.evidence ?? []).length
                ? h(
                    "span",
                    { class: "evidence" },
                    f.evidence.slice(0, 4).map((ev) => h("q", { dir: "auto" }, ev.text)),
                    f.evidence.length > 4 ? h("span", { class: "muted" }, ` +${f.evidence.length - 4}`) : null,
                  )
                : null,
            ),
          ),
        )
      : h("p", { class: "muted" }, "No warning signs found."),
  ];
}

function operatorText(op) {
  return [op.name, op.licenceNo ? `licence ${op.licenceNo}` : null, op.registry, op.country].filter(Boolean).join(" · ");
}

function registryBlock(findings) {
  if (!findings.length) return null;
  const items = findings.map((f) => {
    const op = f.operator;
    switch (f.kind) {
      case "licence_active":
      case "licence_inactive":
        return h(
          "li",
          { class: f.kind === "licence_active" ? "ok" : "bad" },
          `Licence ${f.licence} belongs to `,
          h("strong", null, op.name),
          " — ",
          h("span", { class: ["badge", `op-${op.status}`] }, op.status),
          f.nameMatches === false ? h("span", { class: "bad-text" }, " · the advert names another company") : null,
          h("span", { class: "muted" }, ` (${op.registry}, ${op.country})`),
        );
      case "licence_unknown":
        return h("li", { class: "bad" }, `Licence ${f.licence} is in no registry`);
      case "name_found":
        return h("li", null, `"${f.name}" matches `, h("strong", null, op.name), " — ", h("span", { class: ["badge", `op-${op.status}`] }, op.status), h("span", { class: "muted" }, ` (${Math.round((f.similarity ?? 0) * 100)}% similar)`));
      case "name_unknown":
        return h("li", { class: "bad" }, `"${f.name}" is in no registry`);
      case "phone_found":
        return h("li", null, `Phone ${f.phone} is listed for `, h("strong", null, op.name), " — ", h("span", { class: ["badge", `op-${op.status}`] }, op.status));
      default:
        return h("li", null, op ? operatorText(op) : f.kind);
    }
  });
  return section("Registry check", "registry-check", h("ul", { class: "findings" }, items));
}

function historyBlock(history) {
  if (!history.length) return null;
  return section(
    "Reported before",
    "history",
    h(
      "ul",
      { class: "findings" },
      history.map((item) => h("li", null, `${label(KIND_LABEL, item.kind)} `, h("code", null, item.value), ` — reported ${item.reports} time${item.reports === 1 ? "" : "s"} before`)),
    ),
  );
}

function entitiesBlock(e) {
  const rows = [
    ["Phones", (e.phones ?? []).map((p) => p.e164 + (p.country ? ` (${p.country})` : ""))],
    ["E-mails", (e.emails ?? []).map((m) => m.address + (m.freeMail ? " (free mail)" : ""))],
    ["Links", (e.urls ?? []).map((u) => u.domain + (u.shortener ? " (shortener)" : ""))],
    ["Handles", (e.handles ?? []).map((x) => x.handle)],
    ["Licences", (e.licences ?? []).map((l) => l.raw)],
    ["Protector permissions", (e.protectorPermissions ?? []).map((p) => p.raw)],
    ["Companies", (e.companies ?? []).map((c) => c.name)],
    ["Money", (e.money ?? []).map((m) => `${m.amount.toLocaleString("en")} ${m.currency}${m.kind !== "unknown" ? ` (${m.kind})` : ""}${m.usd ? ` ≈ $${Math.round(m.usd).toLocaleString("en")}` : ""}`)],
    ["Destinations", (e.countries ?? []).map((c) => countryName(c.code))],
    ["Visa types", (e.visaTypes ?? []).map((v) => v.type)],
    ["Payment channels", (e.paymentChannels ?? []).map((p) => p.text)],
    ["Brands", (e.brands ?? []).map((b) => b.id)],
    ["Job titles", (e.jobTitles ?? []).map((j) => j.text)],
  ].filter(([, values]) => values.length);
  if (!rows.length) return h("p", { class: "muted" }, "Nothing extracted.");
  return h(
    "dl",
    { class: "entities" },
    rows.map(([term, values]) => h("div", null, h("dt", null, term), h("dd", { dir: "auto" }, [...new Set(values)].join(" · ")))),
  );
}

function answersBlock(a) {
  const rows = [
    ["Where seen", a.whereSeen],
    ["Amount asked or paid", a.amount],
    ["Already paid", a.alreadyPaid === undefined || a.alreadyPaid === null ? undefined : a.alreadyPaid ? "Yes" : "No"],
    ["Comment", a.comment],
  ].filter(([, v]) => v !== undefined && v !== null && v !== "");
  if (!rows.length) return h("p", { class: "muted" }, "The reporter added nothing.");
  return h(
    "dl",
    { class: "answers", "data-testid": "reporter-answers" },
    rows.map(([term, value]) => h("div", { class: term === "Already paid" && value === "Yes" ? "alert-row" : undefined }, h("dt", null, term), h("dd", { dir: "auto" }, value))),
  );
}

function statusForm(r) {
  const cw = session.caseworker;
  const admin = cw?.role === "admin";
  const targets = (TRANSITIONS[r.status] ?? []).filter((to) => {
    if (CLOSED.includes(r.status) && to === "new") return admin;
    return true;
  });
  const heldByOther = ["claimed", "in_review"].includes(r.status) && r.assignee && r.assignee.id !== cw?.id && !admin;
  const wrap = h("div", { class: "status-box" });
  const who = r.assignee ? (r.assignee.id === cw?.id ? "me" : r.assignee.email) : null;
  const holder = !who ? null : CLOSED.includes(r.status) ? `closed by ${who}` : r.status === "new" ? null : `held by ${who}`;
  append(wrap, h("p", { class: "current-status" }, "Now: ", statusBadge(r.status), holder ? h("span", { class: "muted" }, ` · ${holder}`) : null));
  if (!targets.length) {
    wrap.append(h("p", { class: "muted" }, CLOSED.includes(r.status) ? "Closed. Only an admin can reopen it." : "No further change is possible."));
    return wrap;
  }
  if (heldByOther) wrap.append(h("p", { class: "notice" }, "Someone else holds this referral. You can add notes; the status is theirs to change."));

  const to = select(
    "to",
    [["", "Choose…"], ...targets.map((s) => [s, TRANSITION_LABEL[s] ?? STATUS_LABEL[s]])],
    "",
    { "data-testid": "status-select", required: true },
  );
  const reason = h("textarea", { name: "reason", rows: "2", maxlength: "2000", "data-testid": "status-reason", placeholder: "Why? Partners and supervisors read this." });
  const reasonHint = h("span", { class: "hint" }, "Required to close a case or to undo an outcome.");
  const error = h("p", { class: "error-box", role: "alert", hidden: true, "data-testid": "status-error" });
  const submit = h("button", { class: "button primary", type: "submit", "data-testid": "status-submit" }, "Change status");
  const form = h("form", { class: "status-form", novalidate: true }, field("New status", to), field("Reason", reason), reasonHint, error, submit);
  const needsReason = () => CLOSED.includes(to.value) || CLOSED.includes(r.status);
  to.addEventListener("change", () => {
    reason.required = needsReason();
    reasonHint.classList.toggle("required", needsReason());
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!to.value) {
      error.textContent = "Choose the new status.";
      error.hidden = false;
      to.focus();
      return;
    }
    if (needsReason() && !reason.value.trim()) {
      error.textContent = "Say why: a reason is required for this change.";
      error.hidden = false;
      reason.focus();
      return;
    }
    submit.disabled = true;
    try {
      const body = { status: to.value };
      if (reason.value.trim()) body.reason = reason.value.trim();
      await api("POST", `/api/caseworker/referrals/${encodeURIComponent(r.id)}/status`, body);
      flash(`Status changed to ${STATUS_LABEL[to.value]}.`);
      await reloadReferral(r.id, "section-status");
    } catch (e) {
      error.textContent = errorText(e);
      error.hidden = false;
      submit.disabled = false;
    }
  });
  wrap.append(form);
  return wrap;
}

/** Re-renders the referral after a change and puts the focus back where the user was working. */
async function reloadReferral(id, focusSection) {
  const seq = renderSeq;
  const data = await api("GET", `/api/caseworker/referrals/${encodeURIComponent(id)}`);
  if (seq !== renderSeq) return; // the user went elsewhere meanwhile
  const scroll = window.scrollY;
  renderReferral(data?.referral ?? data);
  window.scrollTo(0, scroll);
  const target = $(`[data-testid="${focusSection}"] h2`, main);
  if (target) {
    target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }
}

function notesBlock(r) {
  const body = h("textarea", { name: "body", rows: "2", maxlength: "10000", required: true, "data-testid": "note-body", placeholder: "What you did, who you called, what the partner said…" });
  const error = h("p", { class: "error-box", role: "alert", hidden: true });
  const submit = h("button", { class: "button", type: "submit", "data-testid": "note-submit" }, "Add note");
  const form = h("form", { class: "note-form", novalidate: true }, field("New note", body), error, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!body.value.trim()) {
      error.textContent = "Write the note first.";
      error.hidden = false;
      body.focus();
      return;
    }
    submit.disabled = true;
    try {
      await api("POST", `/api/caseworker/referrals/${encodeURIComponent(r.id)}/notes`, { body: body.value.trim() });
      flash("Note added.");
      await reloadReferral(r.id, "section-notes");
    } catch (e) {
      error.textContent = errorText(e);
      error.hidden = false;
      submit.disabled = false;
    }
  });
  // Ctrl/Cmd+Enter adds the note from the text box.
  body.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  const notes = [...(r.notes ?? [])].reverse();
  return [
    form,
    notes.length
      ? h(
          "ol",
          { class: "notes", reversed: true, "data-testid": "notes-list" },
          notes.map((n) =>
            h("li", null, h("div", { class: "note-meta" }, h("strong", null, n.author?.email ?? "deleted account"), " · ", timeEl(n.createdAt)), h("p", { class: "note-body", dir: "auto" }, n.body)),
          ),
        )
      : h("p", { class: "muted", "data-testid": "notes-empty" }, "No notes yet."),
  ];
}

function clusterBlock(cluster) {
  const members = cluster?.members ?? [];
  if (!members.length) return h("p", { class: "muted", "data-testid": "cluster-empty" }, "No other referral shares a phone, e-mail, domain, handle, licence or brand with this one.");
  const links = cluster.links ?? [];
  return [
    h(
      "p",
      { class: "cluster-size" },
      `Linked to ${members.length} other referral${members.length === 1 ? "" : "s"}${cluster.truncated ? " (list cut)" : ""} through:`,
    ),
    links.length
      ? h(
          "ul",
          { class: "links", "data-testid": "cluster-links" },
          links.map((l) => h("li", null, h("span", { class: "kind" }, label(KIND_LABEL, l.kind)), " ", h("code", null, l.value), h("span", { class: "muted" }, ` (${l.referrals} referrals)`))),
        )
      : null,
    h(
      "table",
      { class: "cluster", "data-testid": "cluster-table" },
      h("caption", { class: "visually-hidden" }, "Linked referrals"),
      h("thead", null, h("tr", null, ["Ref", "Status", "Risk", "Country", "Shares"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        null,
        members.map((m) =>
          h(
            "tr",
            { "data-testid": "cluster-row" },
            h("td", null, m.visible && m.id ? h("a", { href: `#/referral/${encodeURIComponent(m.id)}` }, m.reference) : h("span", { class: "muted", title: "A referral of a country you do not work" }, "other country")),
            h("td", null, statusBadge(m.status)),
            h("td", null, riskBadge(m.risk)),
            h("td", { title: countryName(m.country) }, m.country ?? "—"),
            h("td", { class: "shares" }, (m.shared ?? []).map((s) => h("span", { class: "chip" }, `${label(KIND_LABEL, s.kind)} `, h("code", null, s.value)))),
          ),
        ),
      ),
    ),
  ];
}

function auditBlock(events) {
  if (!events.length) return h("p", { class: "muted" }, "No events.");
  return h(
    "ol",
    { class: "audit", "data-testid": "audit-trail" },
    events.map((e) =>
      h(
        "li",
        { "data-action": e.action },
        h("div", { class: "audit-line" }, h("span", { class: "audit-action" }, label(ACTION_LABEL, e.action)), e.fromStatus !== e.toStatus && e.toStatus ? h("span", { class: "audit-change" }, e.fromStatus ? `${label(STATUS_LABEL, e.fromStatus)} → ${label(STATUS_LABEL, e.toStatus)}` : label(STATUS_LABEL, e.toStatus)) : null),
        h("div", { class: "audit-meta" }, e.actor?.email ?? (e.action === "filed" ? "reporter (anonymous)" : "system"), " · ", h("time", { datetime: e.createdAt, title: fmtDateTime(e.createdAt) }, fmtDateTime(e.createdAt))),
        e.note ? h("p", { class: "audit-note", dir: "auto" }, e.note) : null,
      ),
    ),
  );
}

/* ------------------------------------------------------------------ */
/* Registry lookup                                                     */
/* ------------------------------------------------------------------ */

async function registryView(params) {
  const current = beginView("Registry");
  const q = (params.q ?? "").trim();
  const input = h("input", { type: "search", name: "q", value: q, required: true, placeholder: "Licence number, company name (any script) or phone", "data-testid": "registry-q" });
  const form = h(
    "form",
    { class: "registry-form", role: "search" },
    h("div", { class: "field grow" }, h("label", { for: (input.id = "registry-q") }, "Search the licensed-recruiter registries"), input),
    h("div", { class: "filter-buttons" }, h("button", { class: "button primary", type: "submit", "data-testid": "registry-submit" }, "Search")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim().length >= 2) go(`#/registry${query({ q: input.value.trim() })}`);
    else flash("Type at least two characters.", "error");
  });
  const results = h("div", { class: "registry-results", "aria-live": "polite", "data-testid": "registry-results" });
  main.append(h("div", { class: "view-head" }, h("h1", null, "Registry lookup")), form, results);
  if (!q) {
    results.append(h("p", { class: "muted" }, "Examples: “OEP 0417/RWP”, “Margalla Crest”, “+92 300 0000111”. Names match across Latin, Urdu and Cyrillic spellings."));
    input.focus();
    return;
  }
  focusHeading();
  results.append(h("p", { class: "loading" }, "Searching…"));
  const data = await api("GET", `/api/caseworker/registry/search${query({ q })}`);
  if (!current()) return;
  clear(results);
  const found = normaliseRegistryResults(data);
  if (!found.length) {
    results.append(
      h("p", { class: "empty" }, `No operator matched “${q}”. Try the licence number, a phone or the full registered name.`),
      h("p", { class: "notice" }, "An agency that is in no registry is not licensed to recruit: treat its adverts as high risk."),
    );
    return;
  }
  results.append(
    h("p", { class: "queue-summary" }, `${found.length} operator${found.length === 1 ? "" : "s"} found`, typeof data?.registrySize === "number" ? ` among ${data.registrySize.toLocaleString("en")} in the registries` : ""),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "operators", "data-testid": "registry-table" },
        h("caption", { class: "visually-hidden" }, "Operators found"),
        h("thead", null, h("tr", null, ["Status", "Name", "Licence", "Registry", "Country", "City", "Valid until", "Phones", "Website", "Source", "Match"].map((t) => h("th", { scope: "col" }, t)))),
        h(
          "tbody",
          null,
          found.map(({ operator: op, match }) =>
            h(
              "tr",
              { class: op.status === "active" ? undefined : "inactive" },
              h("td", null, h("span", { class: ["badge", `op-${op.status}`] }, op.status)),
              h("td", { dir: "auto" }, h("strong", null, op.name)),
              h("td", null, op.licenceNo ?? "—"),
              h("td", null, op.registry ?? "—"),
              h("td", { title: countryName(op.country) }, op.country ?? "—"),
              h("td", null, op.city ?? "—"),
              h("td", null, op.validUntil ?? "—"),
              h("td", null, (op.phones ?? []).join(", ") || "—"),
              h("td", { class: "website" }, op.website ?? "—"),
              h("td", { class: ["website", op.sourceUrl === "sample-not-official" && "bad-text"] }, op.sourceUrl === "sample-not-official" ? "sample, not official" : op.sourceUrl ?? "—"),
              h("td", { class: "muted" }, match ?? ""),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Accepts a list of operators or of {operator, similarity/match} results. */
function normaliseRegistryResults(data) {
  const list = Array.isArray(data) ? data : data?.hits ?? data?.results ?? data?.operators ?? data?.items ?? [];
  return list.map((item) => {
    const operator = item.operator ?? item;
    let match = item.match ?? item.matchedBy ?? item.by ?? null;
    if (typeof item.similarity === "number") match = `${match ? `${match}, ` : ""}${Math.round(item.similarity * 100)}% similar`;
    return { operator, match };
  });
}

/* ------------------------------------------------------------------ */
/* Feedback: "this verdict is wrong"                                   */
/* ------------------------------------------------------------------ */

async function feedbackView(params) {
  const current = beginView("Feedback");
  const show = params.show === "reviewed" || params.show === "all" ? params.show : "open";
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const showSelect = select("show", [["open", "Not reviewed yet"], ["reviewed", "Reviewed"], ["all", "All"]], show, { "data-testid": "feedback-show" });
  showSelect.addEventListener("change", () => go(`#/feedback${query({ show: showSelect.value === "open" ? "" : showSelect.value })}`));
  const summary = h("p", { class: "queue-summary" }, "Loading…");
  const list = h("div", { class: "feedback-list", "data-testid": "feedback-list" });
  const pager = h("nav", { class: "pager", "aria-label": "Pages" });
  main.append(
    h("div", { class: "view-head" }, h("h1", null, "Disputed verdicts"), summary, h("div", { class: "view-actions" }, field("Show", showSelect))),
    h("p", { class: "hint intro" }, "Jobseekers pressed “This verdict is wrong”. Read the advert and the verdict; fix the lexicons or signal weights where the engine erred, then mark the item reviewed."),
    list,
    pager,
  );
  focusHeading();
  const data = await api("GET", `/api/caseworker/feedback${query({ reviewed: show === "all" ? "" : String(show === "reviewed"), page: page > 1 ? page : "" })}`);
  if (!current()) return;
  const items = data?.items ?? [];
  summary.textContent = `${data?.total ?? items.length} item${(data?.total ?? items.length) === 1 ? "" : "s"}`;
  if (!items.length) list.append(h("p", { class: "empty" }, show === "open" ? "Nothing waits for review." : "No items."));
  for (const item of items) list.append(feedbackItem(item));
  const pages = data?.pageSize ? Math.max(1, Math.ceil((data.total ?? 0) / data.pageSize)) : 1;
  if (pages > 1) {
    const link = (p, text) => h("a", { class: "button subtle", href: `#/feedback${query({ show: show === "open" ? "" : show, page: p > 1 ? p : "" })}` }, text);
    append(pager, page > 1 ? link(page - 1, "← Previous") : null, h("span", null, `Page ${page} of ${pages}`), page < pages ? link(page + 1, "Next →") : null);
  }
}

function feedbackItem(item) {
  const v = item.verdict ?? {};
  const button = item.reviewedAt ? null : h("button", { class: "button", type: "button", "data-testid": "feedback-review" }, "Mark reviewed");
  const article = h(
    "article",
    { class: ["panel", "feedback-item", item.reviewedAt && "reviewed"], "data-testid": "feedback-item" },
    h(
      "div",
      { class: "feedback-head" },
      riskBadge(v.risk, v.score),
      v.crime ? h("span", { class: ["badge", "crime", `crime-${v.crime}`] }, label(CRIME_LABEL, v.crime)) : null,
      h(
        "span",
        { class: "muted", "data-testid": "feedback-meta" },
        `${item.country ? `${countryName(item.country)} · ` : ""}${label(LANGUAGE_LABEL, item.language)} · ${label(CHANNEL_LABEL, item.channel)} · `,
        timeEl(item.createdAt),
      ),
      h("span", { class: "feedback-flags" }, (v.flags ?? []).map((f) => h("span", { class: "chip", title: f }, label(FLAG_LABEL, f)))),
      h("span", { class: "feedback-action" }, item.reviewedAt ? h("span", { class: "muted" }, `Reviewed by ${item.reviewer?.email ?? "a deleted account"}, `, timeEl(item.reviewedAt)) : button),
    ),
    item.comment ? h("p", { class: "feedback-comment", dir: "auto" }, h("strong", null, "Their words: "), item.comment) : null,
    h("div", { class: "ad-text compact", dir: "auto", lang: item.language && item.language !== "und" ? item.language : "" }, item.adText),
  );
  button?.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const updated = await api("POST", `/api/caseworker/feedback/${encodeURIComponent(item.id)}/review`);
      article.replaceWith(feedbackItem(updated ?? { ...item, reviewedAt: new Date().toISOString(), reviewer: session.caseworker }));
      flash("Marked reviewed.");
    } catch (error) {
      button.disabled = false;
      flash(errorText(error), "error");
    }
  });
  return article;
}

/* ------------------------------------------------------------------ */
/* WhatsApp: linking the helpline's number (admins)                    */
/* ------------------------------------------------------------------ */

const WHATSAPP_STATE_TEXT = {
  off: "WhatsApp Web is not enabled on this server (set WHATSAPP_WEB=on; see “Connect WhatsApp” in the README).",
  stopped: "WhatsApp Web is not running on this server.",
  standby: "No instance of the helpline runs the WhatsApp session at the moment; one takes it within seconds of starting.",
  starting: "Starting WhatsApp Web…",
  qr: "Scan this code with the helpline's phone: in WhatsApp open Settings → Linked devices → Link a device.",
  authenticated: "Scanned. WhatsApp is loading the chats…",
  ready: "Linked: the helpline answers on WhatsApp.",
  reconnecting: "The connection was lost. Reconnecting…",
};
/** The QR code changes about every 20 seconds; the page follows it (and the link's state) at this pace. */
const WHATSAPP_POLL_MS = 3000;

async function whatsappView() {
  const current = beginView("WhatsApp");
  const status = h("p", { class: "whatsapp-state", role: "status", "data-testid": "whatsapp-state" }, "Loading…");
  const code = h("div", { class: "whatsapp-qr" });
  main.append(
    h("div", { class: "view-head" }, h("h1", null, "WhatsApp")),
    h("p", { class: "hint intro" }, "Link the helpline's WhatsApp number to this server once; the session is kept across restarts. Only admins see this page."),
    h("section", { class: "panel whatsapp-panel" }, status, code),
  );
  focusHeading();
  let shown = null;
  let link = await api("GET", "/api/caseworker/whatsapp");
  while (current()) {
    main.querySelector(".whatsapp-panel").dataset.state = link.state;
    status.textContent = WHATSAPP_STATE_TEXT[link.state] ?? link.state;
    if (link.qr !== shown) {
      clear(code);
      if (link.qr) code.append(h("img", { src: link.qr, alt: "WhatsApp login QR code", width: 264, height: 264, "data-testid": "whatsapp-qr" }));
      shown = link.qr;
    }
    if (!link.enabled) return;
    await new Promise((resolve) => setTimeout(resolve, WHATSAPP_POLL_MS));
    if (!current()) return;
    try {
      link = await api("GET", "/api/caseworker/whatsapp");
    } catch (error) {
      // A lost request or a restarting server: say so, keep the last state on screen, ask again.
      if (error instanceof ApiError && error.status === 401) return;
      flash(errorText(error), "error");
    }
  }
}

/* ------------------------------------------------------------------ */
/* Stats                                                               */
/* ------------------------------------------------------------------ */

let chartLoading = null;

/** chart.js is loaded only when the stats open (served from node_modules at vendor/). */
function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  chartLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "vendor/chart.umd.js";
    script.addEventListener("load", () => resolve(window.Chart));
    script.addEventListener("error", () => {
      chartLoading = null;
      reject(new Error("The chart library could not be loaded."));
    });
    document.head.append(script);
  });
  return chartLoading;
}

const PALETTE = ["#0f5c4d", "#c0392b", "#2e6fba", "#d68910", "#7d3c98", "#16a085", "#6e2c00", "#5d6d7e", "#b03a7c", "#7f8c1d", "#34495e", "#a9a9a9"];
const STATUS_COLOR = { new: "#2e6fba", claimed: "#d68910", in_review: "#7d3c98", referred: "#16a085", resolved: "#0f5c4d", rejected: "#7f8c8d" };
const RISK_COLOR = { high: "#c0392b", medium: "#d68910", low: "#2e8b57" };

const DAY_MS = 86400000;
const isoDay = (d) => d.toISOString().slice(0, 10);

/** Monday 00:00 UTC of the week of `d` (the API's weeks are ISO weeks in UTC). */
function mondayOf(d) {
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS);
}

const weekLabel = (key) => shortDate.format(new Date(`${key}T00:00:00Z`));

async function statsView(params) {
  const current = beginView("Stats");
  const weeks = ["4", "12", "26", "52"].includes(params.weeks) ? Number(params.weeks) : 12;
  const rangeSelect = select("weeks", [["4", "Last 4 weeks"], ["12", "Last 12 weeks"], ["26", "Last 26 weeks"], ["52", "Last 52 weeks"]], String(weeks), { "data-testid": "stats-range" });
  rangeSelect.addEventListener("change", () => go(`#/stats${query({ weeks: rangeSelect.value === "12" ? "" : rangeSelect.value })}`));
  const body = h("div", { class: "stats", "data-testid": "stats" }, h("p", { class: "loading" }, "Loading…"));
  main.append(h("div", { class: "view-head" }, h("h1", null, "The week at a glance"), h("p", { class: "queue-summary" }, "Referrals of your countries; weeks start on Monday (UTC)."), h("div", { class: "view-actions" }, field("Period", rangeSelect))), body);
  focusHeading();

  const thisMonday = mondayOf(new Date());
  const from = new Date(thisMonday.getTime() - (weeks - 1) * 7 * DAY_MS);
  const weekKeys = Array.from({ length: weeks }, (_, i) => isoDay(new Date(from.getTime() + i * 7 * DAY_MS)));
  const [Chart, data, urgent] = await Promise.all([
    loadChartJs(),
    api("GET", `/api/caseworker/stats${query({ from: isoDay(from) })}`),
    api("GET", `/api/caseworker/referrals${query({ urgency: "urgent", status: OPEN.join(","), pageSize: 1 })}`),
  ]);
  if (!current()) return;
  const stats = data?.stats ?? data ?? {};
  const byFlag = (stats.byFlag ?? []).filter((b) => !LEGIT.has(b.key));
  // The API counts by week and by flag but not both at once: one filtered request per charted flag.
  const topFlags = byFlag.slice(0, 5).map((b) => b.key);
  const perFlag = await Promise.all(topFlags.map((flag) => api("GET", `/api/caseworker/stats${query({ from: isoDay(from), flag })}`)));
  if (!current()) return;
  clear(body);

  const weekCounts = (buckets) => {
    const map = new Map((buckets ?? []).map((b) => [b.key, b.count]));
    return weekKeys.map((k) => map.get(k) ?? 0);
  };
  const totals = weekCounts(stats.byWeek);
  body.append(statsTiles(stats, totals, urgent?.total ?? null, byFlag));

  const grid = h("div", { class: "chart-grid" });
  body.append(grid);
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = "#333";
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;

  const flagSeries = topFlags.map((flag, i) => ({ flag, values: weekCounts(perFlag[i]?.byWeek) }));
  addChart(grid, Chart, "Reports per week, and the warning signs they carry", "chart-weekly-flags", "wide", {
    type: "bar",
    data: {
      labels: weekKeys.map(weekLabel),
      datasets: [
        { type: "bar", label: "All reports", data: totals, backgroundColor: "#cfd8d5", borderColor: "#9fb0aa", borderWidth: 1, order: 2 },
        ...flagSeries.map((s, i) => ({
          type: "line",
          label: label(FLAG_LABEL, s.flag),
          data: s.values,
          borderColor: PALETTE[(i + 1) % PALETTE.length],
          backgroundColor: PALETTE[(i + 1) % PALETTE.length],
          borderWidth: 2,
          pointRadius: 2.5,
          tension: 0.25,
          order: 1,
        })),
      ],
    },
    options: {
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "reports" } }, x: { grid: { display: false } } },
      plugins: { legend: { position: "right" } },
    },
    empty: stats.total === 0,
    table: [["Week of", "Reports", ...topFlags.map((f) => label(FLAG_LABEL, f))], ...weekKeys.map((k, i) => [weekLabel(k), totals[i], ...flagSeries.map((s) => s.values[i])])],
  });

  const days = (stats.byDay ?? []).slice(-14);
  addChart(grid, Chart, "Reports per day, last 14 days", "chart-daily", "", {
    type: "bar",
    data: { labels: days.map((d) => weekLabel(d.key)), datasets: [{ label: "Reports", data: days.map((d) => d.count), backgroundColor: "#0f5c4d" }] },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 6 } } }, plugins: { legend: { display: false } } },
    empty: stats.total === 0,
    table: days.map((d) => [weekLabel(d.key), d.count]),
  });

  barChart(grid, Chart, "By language", "chart-language", (stats.byLanguage ?? []).map((b) => [label(LANGUAGE_LABEL, b.key), b.count]));
  barChart(grid, Chart, "By country", "chart-country", (stats.byCountry ?? []).map((b) => [b.key && b.key !== "unknown" ? `${countryName(b.key)} (${b.key})` : "Unknown", b.count]));
  barChart(grid, Chart, "By warning sign", "chart-flag", byFlag.slice(0, 10).map((b) => [label(FLAG_LABEL, b.key), b.count]), "#b3261e");
  doughnut(grid, Chart, "By status", "chart-status", orderBy(stats.byStatus, STATUSES).map((b) => [label(STATUS_LABEL, b.key), b.count, STATUS_COLOR[b.key]]));
  doughnut(grid, Chart, "By channel", "chart-channel", (stats.byChannel ?? []).map((b) => [label(CHANNEL_LABEL, b.key), b.count]));
  doughnut(grid, Chart, "By risk", "chart-risk", orderBy(stats.byRisk, RISKS).map((b) => [label(RISK_LABEL, b.key), b.count, RISK_COLOR[b.key]]));
}

function orderBy(buckets, order) {
  return [...(buckets ?? [])].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

function statsTiles(stats, weekly, urgentOpen, byFlag) {
  const byStatus = Object.fromEntries((stats.byStatus ?? []).map((b) => [b.key, b.count]));
  const thisWeek = weekly[weekly.length - 1] ?? 0;
  const lastWeek = weekly.length > 1 ? weekly[weekly.length - 2] : null;
  const delta = lastWeek === null ? null : thisWeek - lastWeek;
  const tiles = [
    { title: "Reports this week", value: thisWeek, sub: lastWeek === null ? null : `${delta > 0 ? "+" : ""}${delta} on last week (${lastWeek})`, testid: "tile-week" },
    { title: "Urgent, still open", value: urgentOpen ?? "—", sub: "new, claimed or in review", alert: urgentOpen > 0, testid: "tile-urgent", href: "#/queue?urgency=urgent" },
    { title: "Waiting, unclaimed", value: byStatus.new ?? 0, sub: "status new, in the period", href: "#/queue?status=new" },
    { title: "Being worked", value: (byStatus.claimed ?? 0) + (byStatus.in_review ?? 0), sub: "claimed or in review" },
    { title: "Closed", value: (byStatus.referred ?? 0) + (byStatus.resolved ?? 0) + (byStatus.rejected ?? 0), sub: "referred, resolved or rejected" },
    { title: "Most frequent sign", value: byFlag[0] ? label(FLAG_LABEL, byFlag[0].key) : "—", sub: byFlag[0] ? `in ${byFlag[0].count} of ${stats.total ?? 0} reports` : null, text: true },
  ];
  return h(
    "div",
    { class: "tiles", "data-testid": "stats-tiles" },
    tiles.map((t) =>
      h(
        t.href ? "a" : "div",
        { class: ["tile", t.alert && "tile-alert", t.href && "tile-link"], "data-testid": t.testid, href: t.href, title: t.href ? "Show them in the queue" : undefined },
        h("div", { class: ["tile-value", t.text && "tile-text"] }, String(t.value)),
        h("div", { class: "tile-title" }, t.title),
        t.sub ? h("div", { class: "tile-sub" }, t.sub) : null,
      ),
    ),
  );
}

/** A chart in a figure, with its numbers in a table under it (for screen readers and exact values). */
function addChart(grid, Chart, title, key, size, spec) {
  const { empty, table, ...config } = spec;
  const canvas = h("canvas", { role: "img", "aria-label": `${title}: chart; the numbers are in the table under it`, "data-testid": key });
  const box = h("div", { class: "chart-box" }, canvas);
  const figure = h("figure", { class: ["chart", size], "data-testid": `figure-${key}` }, h("figcaption", null, title), box);
  grid.append(figure);
  if (empty || !table?.length) {
    clear(box).append(h("p", { class: "empty" }, "No reports in this period."));
    return;
  }
  const [first, ...rest] = table;
  const header = Array.isArray(first) && first.length > 2 && typeof first[1] === "string" ? first : null;
  const rows = header ? rest : table;
  figure.append(
    h(
      "details",
      { class: "chart-data" },
      h("summary", null, "Numbers"),
      h(
        "table",
        null,
        header ? h("thead", null, h("tr", null, header.map((c) => h("th", { scope: "col" }, c)))) : null,
        h("tbody", null, rows.map(([k, ...values]) => h("tr", null, h("th", { scope: "row" }, k), values.map((v) => h("td", null, String(v)))))),
      ),
    ),
  );
  charts.push(new Chart(canvas, config));
}

function barChart(grid, Chart, title, key, rows, color = "#0f5c4d") {
  const sorted = [...rows].sort((a, b) => b[1] - a[1]);
  addChart(grid, Chart, title, key, "", {
    type: "bar",
    data: { labels: sorted.map((r) => r[0]), datasets: [{ label: "Reports", data: sorted.map((r) => r[1]), backgroundColor: color, maxBarThickness: 22 }] },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { grid: { display: false } } }, plugins: { legend: { display: false } } },
    table: sorted,
  });
}

function doughnut(grid, Chart, title, key, rows) {
  const nonZero = rows.filter((r) => r[1] > 0);
  addChart(grid, Chart, title, key, "compact", {
    type: "doughnut",
    data: { labels: nonZero.map((r) => `${r[0]} (${r[1]})`), datasets: [{ data: nonZero.map((r) => r[1]), backgroundColor: nonZero.map((r, i) => r[2] ?? PALETTE[i % PALETTE.length]) }] },
    options: { cutout: "55%", plugins: { legend: { position: "right" } } },
    table: nonZero.map((r) => [r[0], r[1]]),
  });
}

/* ------------------------------------------------------------------ */
/* Start                                                               */
/* ------------------------------------------------------------------ */

$("#logout").addEventListener("click", logout);
$("#flash").addEventListener("click", () => {
  $("#flash").hidden = true;
});
$("#skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", route);

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
  showChrome();
  await route();
}

start();
