// The tests drive the same Chromium, launched the same way, as PDF export outside the desktop app.
export { chromiumPath, launchChromium } from '../../src-main/export/chromium';
