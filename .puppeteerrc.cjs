/**
 * whatsapp-web.js drives Chromium through puppeteer. The browser comes from the system
 * (Debian's `chromium` package or WHATSAPP_WEB_CHROMIUM_PATH), never from puppeteer's download.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
