// The caseworker API client: the session cookie, the CSRF token that goes
// with it (double submit), JSON in and out, errors as ApiError.
import { has, t } from "./i18n.js";

const CSRF_KEY = "offercheck.dashboard.csrf";
/** Set by login next to the httpOnly session cookie, readable here (double submit). */
const CSRF_COOKIE = "oc_csrf";

export function csrfCookie() {
  for (const part of document.cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

export class ApiError extends Error {
  constructor(status, code, message, issues) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

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

/** Who is logged in on this page (null before login) and their CSRF token. */
export const session = {
  caseworker: null,
  csrf: readStored(CSRF_KEY) ?? csrfCookie(),
};

export function setCsrf(token) {
  session.csrf = token || null;
  store(CSRF_KEY, session.csrf);
}

// The page decides what an ended session looks like (app.js); the client only reports it.
let sessionEndedHandler = () => {};
export const onSessionEnded = (handler) => {
  sessionEndedHandler = handler;
};

/**
 * Calls the caseworker API with the session cookie. Writes carry the CSRF
 * token; a 401 ends the session on the page.
 */
export async function api(method, path, body) {
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
    throw new ApiError(0, "network", t("api.network"));
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
    if (response.status === 401 && !path.startsWith("/api/auth/login") && session.caseworker) sessionEndedHandler();
    throw error;
  }
  return data;
}

function defaultMessage(status) {
  if ([401, 403, 404, 429].includes(status)) return t(`api.status${status}`);
  return t("api.statusOther", { status });
}

/**
 * An error for people: in the dashboard's language for the API's known error
 * codes (the server writes English), else the server's message; with the
 * fields at fault for invalid input.
 */
export function errorText(error) {
  if (!(error instanceof ApiError)) return error?.message ?? String(error);
  const message = error.code && has(`apiError.${error.code}`) ? t(`apiError.${error.code}`) : error.message;
  const details = Array.isArray(error.issues) ? error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ") : "";
  return details ? `${message} (${details})` : message;
}

/** The logged-in caseworker (with their language), and the CSRF token of a cookie session. */
export async function me() {
  const data = await api("GET", "/api/auth/me");
  if (data?.csrfToken) setCsrf(data.csrfToken);
  return data?.caseworker ?? data;
}
