// DOM helpers. Every value that comes from the API reaches the page as text
// (textContent / text nodes), never through the HTML parser: adverts are
// written by scammers.

/**
 * Creates an element. Children that are not nodes become text nodes, so no
 * string ever reaches the HTML parser. Props: class, text, on<event>,
 * dataset, DOM properties (booleans, value) and plain attributes.
 */
export function h(tag, props, ...children) {
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

export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

/** A labelled form control. */
export function field(labelText, control, hint) {
  control.id ||= nextId("f");
  const hintEl = hint ? h("span", { class: "hint", id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: control.id }, labelText), control, hintEl);
}

/** A <select> of [value, text] pairs with `current` selected. */
export function select(name, options, current, props = {}) {
  return h(
    "select",
    { name, ...props },
    options.map(([value, text]) => h("option", { value, selected: String(value) === String(current ?? "") }, text)),
  );
}

/** Builds a query string from the non-empty values of an object. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const oneLine = (text) => String(text).replace(/\s+/g, " ").trim();
