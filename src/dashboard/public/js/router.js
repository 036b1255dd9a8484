// Hash routes (#/queue, #/referral/<id>…): one page, no server round trip to
// change views. Pages register themselves in app.js; a page checks the
// function beginView returns before drawing data that arrived late, so a
// slow answer never overwrites the page the user went to meanwhile.
import { ApiError, errorText, session } from "./api.js";
import { $, clear, h } from "./dom.js";
import { t } from "./i18n.js";

export const main = $("#main");
/** Where "← Queue" goes back to: the queue as it was filtered. */
export const nav = { lastQueueHash: "#/queue" };

const views = new Map();
const onRoute = [];
let renderSeq = 0;
let cleanups = [];

/** A page: `render(params, parts)` for `#/<name>/<parts…>?<params>`. */
export const register = (name, render) => views.set(name, render);
/** Called with the route name before each view (navigation marks, export links). */
export const beforeEachRoute = (listener) => onRoute.push(listener);
/** Undone when the next view starts (charts to destroy). */
export const addCleanup = (fn) => cleanups.push(fn);

export function go(hash) {
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
export function beginView(title) {
  const seq = ++renderSeq;
  for (const fn of cleanups.splice(0)) fn();
  clear(main);
  document.title = `${title} — ${t("app.titleSuffix")}`;
  return () => seq === renderSeq;
}

/** The current view's sequence number, for re-renders that must not outlive it. */
export const currentSeq = () => renderSeq;

export function focusHeading() {
  const heading = $("h1", main);
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
}

export async function route() {
  const { parts, params } = parseHash();
  const name = parts[0] ?? "queue";
  if (name !== "login" && !session.caseworker) {
    go(`#/login?next=${encodeURIComponent(location.hash || "#/queue")}`);
    return;
  }
  for (const listener of onRoute) listener(name);
  const view = views.get(name);
  if (!view) {
    go("#/queue");
    return;
  }
  try {
    await view(params, parts.slice(1));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return;
    beginView(t("error.title"));
    main.append(
      h("h1", null, t("error.heading")),
      h("p", { class: "error-box", role: "alert" }, errorText(error)),
      h("p", null, h("a", { href: "#/queue" }, t("error.back"))),
    );
  }
}
