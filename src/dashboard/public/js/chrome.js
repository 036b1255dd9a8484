// The page around the views: who is logged in, the navigation (a menu on a
// phone), the language switcher, the export links and the flash message.
import { api, errorText, session } from "./api.js";
import { $, query } from "./dom.js";
import { LANGUAGE_NAMES, UI_LANGUAGES, countryName, language, t, useLanguage } from "./i18n.js";
import { route } from "./router.js";

let flashTimer = 0;

export function flash(message, kind = "info") {
  const el = $("#flash");
  clearTimeout(flashTimer);
  el.className = `flash flash-${kind}`;
  el.setAttribute("role", kind === "error" ? "alert" : "status");
  el.textContent = message;
  el.hidden = false;
  flashTimer = setTimeout(
    () => {
      el.hidden = true;
    },
    kind === "error" ? 10000 : 4000,
  );
}

export function showChrome() {
  const cw = session.caseworker;
  $("#nav").hidden = !cw;
  $("#who").hidden = !cw;
  $("#menu-toggle").hidden = !cw;
  if (!cw) {
    setMenu(false);
    return;
  }
  $("#who-email").textContent = cw.email;
  $("#who-role").textContent = cw.role === "admin" ? t("who.admin") : "";
  $("#who-role").hidden = cw.role !== "admin";
  $("#nav-whatsapp").hidden = cw.role !== "admin";
  const countries = cw.countries ?? [];
  $("#who-countries").textContent = cw.role === "admin" ? t("who.allCountries") : countries.length ? countries.join(" · ") : t("who.noCountries");
  $("#who-countries").title = countries.map(countryName).join(", ");
  $("#language").value = language();
}

export function markNav(routeName) {
  for (const a of document.querySelectorAll("#nav a[data-route]")) {
    if (a.dataset.route === routeName) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  setMenu(false);
}

/** Export links follow the queue's filters, so "export" exports what is on screen. */
export function setExportFilters(params) {
  const q = query(params);
  $("#export-csv").href = `/api/caseworker/export.csv${q}`;
  $("#export-misp").href = `/api/caseworker/export.misp.json${q}`;
  const note = q ? t("nav.exportFiltered") : t("nav.exportAll");
  $("#export-csv").title = note;
  $("#export-misp").title = note;
}

/** On a narrow screen the navigation folds behind the menu button (CSS shows the button). */
function setMenu(open) {
  $("#menu-toggle").setAttribute("aria-expanded", String(open));
  document.body.classList.toggle("menu-open", open);
}

/** The switcher's choices are each in their own language; the account keeps the choice. */
async function switchLanguage(event) {
  const select = event.target;
  const chosen = select.value;
  if (!UI_LANGUAGES.includes(chosen) || chosen === language()) return;
  select.disabled = true;
  try {
    const data = await api("PATCH", "/api/auth/me", { language: chosen });
    session.caseworker = data?.caseworker ?? { ...session.caseworker, language: chosen };
    await useLanguage(chosen);
    showChrome();
    await route();
  } catch (error) {
    select.value = language();
    flash(errorText(error), "error");
  } finally {
    select.disabled = false;
  }
}

export function wireChrome() {
  const select = $("#language");
  for (const lng of UI_LANGUAGES) select.append(new Option(LANGUAGE_NAMES[lng], lng, false, lng === language()));
  select.addEventListener("change", switchLanguage);
  $("#menu-toggle").addEventListener("click", () => setMenu($("#menu-toggle").getAttribute("aria-expanded") !== "true"));
  // A link chosen in the menu closes it, also the one of the page already shown (no route change then).
  $("#nav").addEventListener("click", (event) => {
    if (event.target.closest("a")) setMenu(false);
  });
  $("#flash").addEventListener("click", () => {
    $("#flash").hidden = true;
  });
}
