// Answers the workbench's own questions for the suite (harness.ts: answerNotification, answerInput), as a
// person would: clicks a notification's button, or types into the input box and presses Enter.
// Extension tests cannot answer these from the extension host (VS Code even skips modal dialogs there).
const path = require('path');
const { writeAnswer } = require('./browser');

/** The visible notification item whose text contains `text`, from the toasts or the notification centre. */
async function findNotification(page, text, timeoutMs) {
  const start = Date.now();
  let openedCentre = false;
  while (Date.now() < start + timeoutMs) {
    const item = page.locator('.notification-list-item').filter({ has: page.locator('.notification-list-item-message', { hasText: text }) }).first();
    if (await item.isVisible().catch(() => false)) return item;
    // toasts can be hidden (do not disturb, or the toast timed out): the centre lists every notification
    if (!openedCentre && Date.now() > start + 3_000) {
      const centre = page.locator('.notifications-center');
      if (!(await centre.isVisible().catch(() => false))) await page.locator('.statusbar-item[id="status.notifications"] a, .statusbar-item[id="status.notifications"]').first().click().catch(() => undefined);
      openedCentre = true;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no notification containing ${JSON.stringify(text)} after ${timeoutMs} ms`);
}

async function answerNotification(page, req) {
  const item = await findNotification(page, req.text, req.timeoutMs ?? 60_000);
  const message = (await item.locator('.notification-list-item-message').innerText().catch(() => '')).trim();
  const button = item.getByRole('button', { name: req.button, exact: true });
  if (!(await button.isVisible().catch(() => false))) {
    const seen = await item.getByRole('button').allInnerTexts().catch(() => []);
    throw new Error(`notification ${JSON.stringify(message)} has no button ${JSON.stringify(req.button)} (buttons: ${seen.join(', ')})`);
  }
  await button.click();
  // the centre, if this opened it, is closed again so it does not cover what the suite screenshots next
  if (await page.locator('.notifications-center').isVisible().catch(() => false)) await page.keyboard.press('Escape');
  return { message };
}

async function answerInput(page, req) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input').first();
  const deadline = Date.now() + (req.timeoutMs ?? 60_000);
  for (;;) {
    const visible = await input.isVisible().catch(() => false);
    const text = visible ? await widget.innerText().catch(() => '') : '';
    if (visible && (!req.text || text.includes(req.text))) break;
    if (Date.now() > deadline) throw new Error(`no input box${req.text ? ` showing ${JSON.stringify(req.text)}` : ''} (saw ${JSON.stringify(text.slice(0, 200))})`);
    await page.waitForTimeout(250);
  }
  const prompt = (await widget.innerText().catch(() => '')).trim();
  await input.fill(req.value);
  await input.press('Enter');
  return { message: prompt };
}

/** Serves one request and writes OUT/NAME.answer.json: { message } or { error }. */
exports.serveDialogRequest = async (page, out, req) => {
  let result;
  try {
    result = await (req.kind === 'notification' ? answerNotification(page, req) : answerInput(page, req));
    console.log(`[driver] answered ${req.kind} ${JSON.stringify(result.message.slice(0, 120))}`);
  } catch (e) {
    result = { error: e.message };
    console.log(`[driver] ${req.kind} ${req.name}: ${e.message}`);
    await page.screenshot({ path: path.join(out, `${req.name}.png`) }).catch(() => undefined);
  }
  writeAnswer(path.join(out, `${req.name}.answer.json`), JSON.stringify(result));
};
