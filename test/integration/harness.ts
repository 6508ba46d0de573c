import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { waitFor } from '../unit/helpers';

export { waitFor };

export const OUT = process.env.SIZA_TEST_OUTPUT ?? path.resolve('test-output');

/** The sidecar's status once it is ready (in another process than `notPid`, after a restart); its error fails at once. */
export function sidecarReady(api: SizaApi, notPid?: number, timeoutMs = 20 * 60_000) {
  return waitFor(() => {
    const s = api.sidecar.status;
    if (s.kind === 'error') throw new Error(`sidecar error: ${s.detail}`);
    return s.kind === 'ready' && s.pid !== notPid ? s : undefined;
  }, timeoutMs, 'the sidecar to be ready');
}

export async function activateExtension(): Promise<SizaApi> {
  const ext = vscode.extensions.getExtension<SizaApi>('siza.siza-gen-vscode');
  if (!ext) throw new Error('extension siza.siza-gen-vscode is not installed in this host');
  return ext.activate();
}

/**
 * Asks the browser driver (scripts/vscode-host/run-tests.js) for a screenshot of the workbench and the
 * status bar's text; the driver watches OUT/requests. Resolves to the status bar text it saw.
 */
export async function screenshot(name: string, timeoutMs = 60_000, expect?: RegExp): Promise<string> {
  const requests = path.join(OUT, 'requests');
  fs.mkdirSync(requests, { recursive: true });
  // `expect`: the driver waits for the status bar to show it (the workbench updates it a moment after the API)
  writeRequest(requests, name, { name, at: Date.now(), ...(expect ? { expect: expect.source } : {}) });
  const textFile = path.join(OUT, `${name}.statusbar.txt`);
  await waitFor(() => fs.existsSync(textFile), timeoutMs, `screenshot ${name}`);
  return fs.readFileSync(textFile, 'utf8');
}

/** Written whole, then renamed: the driver never reads half a request. */
function writeRequest(dir: string, name: string, body: object): void {
  const tmp = path.join(dir, `.${name}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(body));
  fs.renameSync(tmp, path.join(dir, `${name}.json`));
}

/** A step the driver performs inside the webview before the screenshot (Playwright locators in its frame). */
export type WebviewAction =
  | { do: 'click' | 'focus'; selector: string }
  | { do: 'fill' | 'type'; selector: string; text: string; delay?: number }
  | { do: 'select'; selector: string; value: string }
  | { do: 'press'; selector?: string; key: string }
  | { do: 'wait'; ms: number }
  | { do: 'waitForText' | 'waitForNoText'; text: string; timeoutMs?: number };

export interface WebviewShot {
  /** document.body.innerText of the webview. */
  text: string;
  checks: {
    scripts: { src: string; inline: string }[];
    handlerAttributes: string[];
    images: number;
    styleSheets: string[];
    codiconFont: string[];
    bodyClass: string;
    activeElement: string;
    iframes: { sandbox: string | null; title: string }[];
  };
  /** Frames inside the webview (the generate view's preview): their text, element count, scripts, a painted background. */
  previews: { text?: string; elements?: number; scripts?: number; background?: string; error?: string }[];
  /** Every dialog (alert, confirm…) and alert/CSP console line the browser saw since the run began. */
  dialogs: string[];
  console: string[];
}

/**
 * Asks the driver to find the visible webview whose <body data-siza-view> is `view`, run `actions` in it,
 * then save OUT/NAME.png (the workbench), OUT/NAME.webview.png (the webview alone) and read back its text.
 */
export async function webviewShot(
  name: string,
  view: 'score' | 'enhance' | 'similar' | 'generate' | 'metrics' | 'training',
  opts: { waitForText?: string; actions?: WebviewAction[]; timeoutMs?: number; settleMs?: number } = {},
): Promise<WebviewShot> {
  const requests = path.join(OUT, 'requests');
  fs.mkdirSync(requests, { recursive: true });
  const file = path.join(OUT, `${name}.webview.json`);
  fs.rmSync(file, { force: true });
  writeRequest(requests, name, { kind: 'webview', name, view, ...opts });
  await waitFor(() => fs.existsSync(file), (opts.timeoutMs ?? 30_000) + 60_000, `webview screenshot ${name}`);
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as WebviewShot & { error?: string };
  if (r.error) throw new Error(`webview ${view} (${name}): ${r.error}`);
  return r;
}

/** Facts the outer runner checks after the host is gone (no sidecar left) and the numbers for the note. */
export function record(key: string, value: unknown): void {
  const file = path.join(OUT, 'facts.json');
  const facts = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  facts[key] = value;
  fs.writeFileSync(file, JSON.stringify(facts, null, 2));
}

async function answer(req: { kind: 'notification' | 'input'; text?: string; button?: string; value?: string; timeoutMs: number }): Promise<string> {
  const requests = path.join(OUT, 'requests');
  fs.mkdirSync(requests, { recursive: true });
  // unique across the suite: every test file is bundled with its own copy of this module
  const name = `answer-${Date.now()}-${randomUUID().slice(0, 8)}-${req.kind}`;
  const file = path.join(OUT, `${name}.answer.json`);
  writeRequest(requests, name, { ...req, name });
  await waitFor(() => fs.existsSync(file), req.timeoutMs + 60_000, `the driver to answer ${req.kind} ${req.text ?? ''}`);
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as { message?: string; error?: string };
  if (r.error) throw new Error(r.error);
  return r.message ?? '';
}

/**
 * Clicks `button` on the notification whose text contains `textPart`, as a person would (the driver opens the
 * notification centre when the toast is hidden). Resolves to the notification's message.
 * Start the command first without awaiting it: it resolves only once the question is answered.
 */
export function answerNotification(textPart: string, button: string, timeoutMs = 60_000): Promise<string> {
  return answer({ kind: 'notification', text: textPart, button, timeoutMs });
}

/** Types `value` into the input box (showInputBox) showing `textPart`, and presses Enter. Resolves to its text. */
export function answerInput(value: string, textPart?: string, timeoutMs = 60_000): Promise<string> {
  return answer({ kind: 'input', value, timeoutMs, ...(textPart ? { text: textPart } : {}) });
}

/**
 * Asks the sidecar's LLM until it answers (a local model loads on its first request, which may outlast one
 * request's timeout on a busy machine), then requires /ready to report it loaded: after this, an LLM answer
 * a test gets is the model's, not a timeout while it loads.
 */
export async function waitForLlm(api: SizaApi, timeoutMs = 5 * 60_000): Promise<void> {
  let last = 'no ready sidecar';
  await waitFor(async () => {
    const client = api.sidecar.status.kind === 'ready' ? api.sidecar.client : undefined;
    const reply = await client
      ?.chat({ messages: [{ role: 'user', content: 'Name one colour.' }], max_tokens: 4, temperature: 0 }, { timeoutMs: 150_000 })
      .catch((e: Error) => void (last = e.message));
    if (reply?.text.trim()) return true;
    await new Promise((r) => setTimeout(r, 1_000));
    return false;
  }, timeoutMs, 'the LLM to load and answer').catch((e: Error) => {
    throw new Error(`${e.message} (last: ${last})`);
  });
  const slot = (await api.sidecar.client!.ready()).models.find((m) => m.name === 'llm');
  if (!slot?.loaded) throw new Error(`the LLM answered but /ready does not say it is loaded: ${JSON.stringify(slot)}`);
}
