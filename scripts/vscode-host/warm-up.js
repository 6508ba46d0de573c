// node warm-up.js <workspace> <out.png>: opens the workbench, runs "Siza Gen: Show Sidecar Status" from the
// command palette (which activates the extension and, on a first run, bootstraps the sidecar), waits for
// the status bar to say "Siza: ready", and saves a screenshot. Exits non-zero on "error" or a time-out.
const { launch, statusText } = require('./browser');

const [ws, out] = process.argv.slice(2);
const base = process.env.CS_URL || 'http://127.0.0.1:8080';
const limitMs = +(process.env.WARM_UP_TIMEOUT_MS || 20 * 60_000);

async function runCommand(page, title) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(title, { delay: 10 });
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    if (await row.isVisible({ timeout: 5_000 }).catch(() => false)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(2_000);
  }
  throw new Error(`command "${title}" not found in the palette`);
}

(async () => {
  const t0 = Date.now();
  const { page, close } = await launch();
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 90_000 });
  await page.waitForTimeout(2_000);
  await runCommand(page, 'Siza Gen: Show Sidecar Status');
  await page.waitForTimeout(1_000);
  await page.keyboard.press('Escape');
  let text = '';
  let last = '';
  while (Date.now() - t0 < limitMs) {
    text = await statusText(page);
    if (text !== last) console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s  status bar: ${text}`);
    last = text;
    if (/ready|error/.test(text)) break;
    // a fresh state folder: the first-run question (src/sidecar/consent.ts); `npm start` is there to set it up
    const install = page.locator('.notification-list-item', { hasText: 'install the Python sidecar?' }).getByRole('button', { name: 'Install', exact: true });
    if (await install.first().isVisible().catch(() => false)) {
      await install.first().click();
      console.log('answered the first-run question: Install');
    }
    await page.waitForTimeout(1_000);
  }
  await page.screenshot({ path: out });
  await close();
  if (!/ready/.test(text)) {
    console.error(`the sidecar did not become ready (status bar: "${text}"); see the "Siza Gen" output channel`);
    process.exit(1);
  }
  console.log(`sidecar ready ${((Date.now() - t0) / 1000).toFixed(0)} s after opening the workbench; screenshot ${out}`);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
