// Webview requests of the suite (harness.ts: webviewShot): finds a Siza webview's content frame by its
// <body data-siza-view>, runs the requested clicks and keys in it, then screenshots it and reads it back.
/* global document, getComputedStyle */ // functions passed to frame.evaluate run in the webview
const path = require('path');
const { writeAnswer } = require('./browser');

/** Dialogs and alert-ish console lines from every frame, since the driver started. */
exports.watchPage = (page) => {
  const seen = { dialogs: [], console: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('console', (m) => {
    if (/alert|Content Security Policy|Refused to/i.test(m.text())) seen.console.push(m.text().slice(0, 300));
  });
  return seen;
};

async function viewOf(frame) {
  return frame.evaluate(() => document.body && document.body.getAttribute('data-siza-view')).catch(() => null);
}

/** The content frame of the visible webview showing `view` (the webview host iframe -> #active-frame). */
async function findFrame(page, view, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if ((await viewOf(frame)) !== view) continue;
      const host = await frame.parentFrame()?.frameElement().catch(() => null);
      const box = host && (await host.boundingBox().catch(() => null));
      if (box && box.width > 0 && box.height > 0) return { frame, host };
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no visible webview with data-siza-view=${view} after ${timeoutMs} ms`);
}

async function bodyText(frame) {
  return frame.evaluate(() => document.body.innerText);
}

async function waitForText(page, frame, text, timeoutMs, present = true) {
  const deadline = Date.now() + timeoutMs;
  while ((await bodyText(frame)).includes(text) !== present) {
    if (Date.now() > deadline) throw new Error(`webview text ${present ? 'never contained' : 'still contains'} ${JSON.stringify(text)}`);
    await page.waitForTimeout(200);
  }
}

async function act(page, frame, a) {
  const target = a.selector ? frame.locator(a.selector).first() : null;
  if (a.do === 'click') await target.click();
  else if (a.do === 'focus') await target.focus();
  else if (a.do === 'fill') await target.fill(a.text);
  else if (a.do === 'select') await target.selectOption(a.value);
  else if (a.do === 'type') await target.pressSequentially(a.text, { delay: a.delay ?? 30 });
  else if (a.do === 'press') await (target ? target.press(a.key) : page.keyboard.press(a.key));
  else if (a.do === 'wait') await page.waitForTimeout(a.ms);
  else if (a.do === 'waitForText') await waitForText(page, frame, a.text, a.timeoutMs ?? 15000);
  else if (a.do === 'waitForNoText') await waitForText(page, frame, a.text, a.timeoutMs ?? 15000, false);
  else throw new Error(`unknown webview action ${JSON.stringify(a)}`);
}

/** What a hostile string could have become: script elements, event-handler attributes, images; and whether our CSS and font loaded. */
function inspect() {
  const all = [...document.querySelectorAll('*')];
  return {
    scripts: [...document.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src') || '', inline: (s.textContent || '').slice(0, 80) })),
    handlerAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
    images: document.querySelectorAll('img').length,
    styleSheets: [...document.styleSheets].map((s) => (s.href || 'inline').split('/').pop()),
    codiconFont: [...document.fonts].filter((f) => f.family.includes('codicon')).map((f) => f.status),
    bodyClass: document.body.className,
    iframes: [...document.querySelectorAll('iframe')].map((f) => ({ sandbox: f.getAttribute('sandbox'), title: f.getAttribute('title') || '' })),
    activeElement: document.activeElement ? document.activeElement.tagName + (document.activeElement.id ? `#${document.activeElement.id}` : '') : '',
  };
}

exports.serveWebviewRequest = async (page, out, req, seen) => {
  const name = req.name;
  const result = { name, view: req.view };
  try {
    let { frame, host } = await findFrame(page, req.view, req.timeoutMs ?? 30000);
    if (req.waitForText) {
      // the page may be replaced while we wait (a panel whose CSP changes reloads its webview): find it again
      const deadline = Date.now() + (req.timeoutMs ?? 30000);
      for (;;) {
        try {
          await waitForText(page, frame, req.waitForText, Math.max(0, deadline - Date.now()));
          break;
        } catch (e) {
          if (Date.now() > deadline || !/detached|destroyed/i.test(String(e))) throw e;
          ({ frame, host } = await findFrame(page, req.view, Math.max(1000, deadline - Date.now())));
        }
      }
    }
    for (const a of req.actions || []) await act(page, frame, a);
    await page.waitForTimeout(req.settleMs ?? 600); // theme changes and fonts settle
    result.text = await bodyText(frame);
    result.checks = await frame.evaluate(inspect);
    // nested frames (the generate view's preview): what they render and whether their CSS applied
    result.previews = [];
    for (const child of frame.childFrames()) {
      result.previews.push(
        await child
          .evaluate(() => {
            const painted = document.querySelector('[class*="bg-"]');
            return {
              text: document.body.innerText,
              elements: document.body.querySelectorAll('*').length,
              scripts: document.scripts.length,
              background: painted ? getComputedStyle(painted).backgroundColor : '',
            };
          })
          .catch((e) => ({ error: String(e) })),
      );
    }
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    await host.screenshot({ path: path.join(out, `${name}.webview.png`) });
  } catch (e) {
    result.error = String(e && e.stack ? e.stack : e);
  }
  result.dialogs = [...seen.dialogs];
  result.console = [...seen.console];
  writeAnswer(path.join(out, `${name}.webview.json`), JSON.stringify(result, null, 2));
  console.log(`[driver] webview ${req.view} -> ${name}.png${result.error ? ` FAILED: ${result.error.split('\n')[0]}` : ''}`);
};
