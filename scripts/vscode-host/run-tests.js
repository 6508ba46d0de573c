// node run-tests.js <extDir> <testsModule> <workspace> <outDir>
// Runs the extension's mocha suite inside code-server's real extension host, driven by headless Chromium,
// and serves the suite's screenshot requests (OUT/requests/NAME.json -> OUT/NAME.png + NAME.statusbar.txt,
// or, for a webview request, NAME.png + NAME.webview.png + NAME.webview.json: see webview.js), and answers
// its notifications and input boxes (NAME.answer.json: see dialogs.js).
// code-server must run with `--vscode-option enable-smoke-test-driver`, or the URL payload is ignored.
const fs = require('fs');
const path = require('path');
const util = require('util');
const { launch, statusText, writeAnswer } = require('./browser');
const { serveWebviewRequest, watchPage } = require('./webview');
const { serveDialogRequest } = require('./dialogs');

const [extDir, testsPath, ws, out] = process.argv.slice(2);
const base = process.env.CS_URL || 'http://127.0.0.1:8080';
const auth = new URL(base).host; // the remote authority is the host:port the browser uses
const payload = [
  ['extensionDevelopmentPath', `vscode-remote://${auth}${extDir}`],
  ['extensionTestsPath', `vscode-remote://${auth}${testsPath}`],
  // SIZA_TEST_FILES (comma-separated parts of test file names) runs only those files
  ['extensionEnvironment', JSON.stringify({ SIZA_TEST_OUTPUT: out, SIZA_TEST_FILES: process.env.SIZA_TEST_FILES || '', SIZA_TEST_RUN_ID: process.env.SIZA_TEST_RUN_ID || '' })],
];

// The workbench is chatty offline (gallery, telemetry, auth, chat): all of it goes to OUT/exthost.log,
// only the rest is printed.
const NOISE = /gallery|telemetry|vsda|AgentHost|AccountPolicy|ChatModelSelection|open-vsx|socket|connection token|reconnection-grace|builtin extensions cache|Service Worker|GitHub|^\s+at /i;
let hostLog;
function hostLine(type, args) {
  const line = `[exthost:${type}] ${util.format(...args)}`;
  hostLog.write(`${line}\n`);
  if (!line.split('\n').every((l) => NOISE.test(l) || !l.trim())) console.log(line.split('\n').filter((l) => !NOISE.test(l)).join('\n'));
}

async function serveScreenshots(page, stop, seen) {
  const dir = path.join(out, 'requests');
  while (!stop.done) {
    for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.json')) : []) {
      const name = path.basename(f, '.json');
      let req;
      try {
        req = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      } catch {
        continue; // still being written: next round
      }
      fs.rmSync(path.join(dir, f));
      if (req.kind === 'webview') {
        await serveWebviewRequest(page, out, req, seen);
        continue;
      }
      if (req.kind === 'notification' || req.kind === 'input') {
        await serveDialogRequest(page, out, req);
        continue;
      }
      // the status bar updates asynchronously from the extension host: give it a moment to show the state
      let text = '';
      const expect = new RegExp(req.expect || 'ready|error|fallback');
      for (let i = 0; i < 100 && !expect.test(text); i++) {
        text = await statusText(page);
        await page.waitForTimeout(100);
      }
      await page.screenshot({ path: path.join(out, `${name}.png`) });
      await page.locator('.part.statusbar').screenshot({ path: path.join(out, `${name}.statusbar.png`) }).catch(() => undefined);
      writeAnswer(path.join(out, `${name}.statusbar.txt`), text);
      console.log(`[driver] screenshot ${name}.png, status bar: "${text}"`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

(async () => {
  const t0 = Date.now();
  fs.mkdirSync(out, { recursive: true });
  hostLog = fs.createWriteStream(path.join(out, 'exthost.log'));
  const { page, close } = await launch();
  const seen = watchPage(page);
  let done;
  const exit = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationLog', hostLine);
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const stop = { done: false };
  const shots = serveScreenshots(page, stop, seen);
  const limit = +(process.env.TEST_TIMEOUT_MS || 30 * 60_000);
  const code = await Promise.race([exit, new Promise((r) => setTimeout(() => r('timeout'), limit))]);
  stop.done = true;
  await shots;
  console.log(`extension tests finished: exit=${code} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await close();
  process.exit(code === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
