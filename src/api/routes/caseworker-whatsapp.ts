import type { FastifyPluginAsync } from "fastify";
import QRCode from "qrcode";
import { z } from "zod";
import { requireAdmin } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";

/** The linked WhatsApp Web session as the API sees it (the channel's handle, or a stand-in until it starts). */
export interface WhatsappLink {
  state(): string;
  /** The login QR code's text while WhatsApp waits for a scan, else null. */
  qr(): string | null;
}

export const whatsappStatusResponse = z.object({
  enabled: z.boolean().describe("false when WHATSAPP_WEB is off on this instance."),
  state: z.string().describe("off, standby (no instance runs the session yet), stopped, starting, qr, authenticated, ready or reconnecting."),
  qr: z.string().nullable().describe("The login QR code as an SVG data: URL while state is qr, else null."),
});

/**
 * GET /whatsapp (admins): whether the helpline's WhatsApp number is linked,
 * and the QR code to link it. Mounted under /api/caseworker.
 */
export const whatsappRoutes: FastifyPluginAsync<{ link: WhatsappLink | undefined }> = async (app, { link }) => {
  app.addHook("preHandler", requireAdmin);
  app.get(
    "/whatsapp",
    {
      schema: routeSchema({
        summary: "WhatsApp Web link status and login QR code (admins)",
        description: "Poll it while linking: the QR code changes about every 20 seconds until a phone scans it.",
        tags: ["whatsapp"],
        response: whatsappStatusResponse,
        errors: [401, 403],
        authenticated: true,
      }),
    },
    async () => {
      if (!link) return { enabled: false, state: "off", qr: null };
      const code = link.qr();
      // An SVG in an <img>: the page shows it without markup of ours in its DOM, and no script in it could run.
      const svg = code ? await QRCode.toString(code, { type: "svg", margin: 2, errorCorrectionLevel: "M" }) : null;
      return { enabled: true, state: link.state(), qr: svg ? `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` : null };
    },
  );
};
