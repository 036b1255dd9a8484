/**
 * whatsapp-web.js depends on puppeteer, whose postinstall downloads Chrome.
 * That download fails on offline machines and is never needed: we drive the
 * system Chromium (Debian `chromium`) through PUPPETEER_EXECUTABLE_PATH.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
