// Linking the helpline's WhatsApp number (admins): the link's state and its QR code, followed live.
import { ApiError, api, errorText } from "../api.js";
import { flash } from "../chrome.js";
import { clear, h } from "../dom.js";
import { t } from "../i18n.js";
import { beginView, focusHeading, main } from "../router.js";

/** The QR code changes about every 20 seconds; the page follows it (and the link's state) at this pace. */
const WHATSAPP_POLL_MS = 3000;
const STATES = ["off", "stopped", "standby", "starting", "qr", "authenticated", "ready", "reconnecting"];

export async function whatsappView() {
  const current = beginView(t("whatsapp.title"));
  const status = h("p", { class: "whatsapp-state", role: "status", "data-testid": "whatsapp-state" }, t("common.loading"));
  const code = h("div", { class: "whatsapp-qr" });
  main.append(h("div", { class: "view-head" }, h("h1", null, t("whatsapp.title"))), h("p", { class: "hint intro" }, t("whatsapp.intro")), h("section", { class: "panel whatsapp-panel" }, status, code));
  focusHeading();
  let shown = null;
  let link = await api("GET", "/api/caseworker/whatsapp");
  while (current()) {
    main.querySelector(".whatsapp-panel").dataset.state = link.state;
    status.textContent = STATES.includes(link.state) ? t(`whatsapp.state.${link.state}`) : link.state;
    if (link.qr !== shown) {
      clear(code);
      if (link.qr) code.append(h("img", { src: link.qr, alt: t("whatsapp.qrAlt"), width: 264, height: 264, "data-testid": "whatsapp-qr" }));
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
