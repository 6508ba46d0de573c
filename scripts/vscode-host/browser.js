// Launches Debian's Chromium headless through playwright-core (Playwright's own browser download fails here).
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

exports.launch = async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'siza-chrome-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    // no background networking: this machine's closed network refuses those connections
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // vscode.env.clipboard goes through the browser's clipboard in code-server
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = ctx.pages()[0] || (await ctx.newPage());
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  return { ctx, page, close: async () => { await ctx.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
};

/** The text of our status bar item, or '' while it is not there. */
exports.statusText = async (page) => {
  const item = page.locator('.statusbar-item', { hasText: 'Siza:' }).first();
  return (await item.isVisible().catch(() => false)) ? (await item.innerText()).trim() : '';
};

/**
 * Writes an answer the suite polls for: to a temporary name, then renamed into place, so the suite never
 * reads a half-written file (it waits for the name to exist, then parses it).
 */
exports.writeAnswer = (file, text) => {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
};
