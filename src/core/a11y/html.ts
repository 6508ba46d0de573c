import * as vm from 'node:vm';
import axe from 'axe-core';
import { Window } from 'happy-dom';
import { loadAxeMap } from './axeMap';
import { PREFIXES, type A11yFinding, type A11yLint } from './finding';
import axeJson from './html.axe.json';
import { loadInto, parseHtml, type SourcePos } from './htmlDom';

/**
 * axe-core over HTML (a page, or a component's markup) on a happy-dom DOM built from the text. Only the rules
 * that need no layout or rendering run (html.axe.json lists the others and why). Asynchronous: axe.run is
 * axe-core's one supported entry point, and it always answers on a later turn of the event loop.
 */

/** Each rule the analyser reports → its axe-core rule (itself), validated against axe-core on load. */
export const HTML_AXE = loadAxeMap(axeJson, 'html');
/** The rules about a whole page, left out for a fragment (the text has no `<html>` of its own). */
export const DOCUMENT_ONLY: ReadonlySet<string> = new Set(Object.keys(axeJson.document_only));
const DOCUMENT_RULES = HTML_AXE.rules;
const FRAGMENT_RULES = HTML_AXE.rules.filter((r) => !DOCUMENT_ONLY.has(r));

/** A run that has not answered by then is reported as an error, never awaited forever. */
const RUN_TIMEOUT_MS = 20_000;

interface AxeCheck {
  message: string;
}
interface AxeNode {
  element?: object;
  any: AxeCheck[];
  all: AxeCheck[];
  none: AxeCheck[];
}
interface AxeViolation {
  id: string;
  help: string;
  helpUrl: string;
  nodes: ArrayLike<AxeNode>;
}
interface AxeInWindow {
  run(context: unknown, options: object): Promise<{ violations: ArrayLike<AxeViolation> }>;
}

interface Env {
  win: Window;
  axe: AxeInWindow;
}
let env: Env | undefined;

/**
 * One window for every run: axe-core is evaluated into it once (~80 ms). JavaScript evaluation stays off, so
 * the page's own scripts and on* handlers never run; nothing is fetched (scripts, styles, images, frames).
 */
function environment(): Env {
  if (env) return env;
  const win = new Window({
    url: 'http://localhost/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  // our own code in the window's realm (axe-core reads window/document as globals); the page's never runs
  vm.runInContext(axe.source, win);
  env = { win, axe: (win as unknown as { axe: AxeInWindow }).axe };
  return env;
}

/** The failing checks' own words: every none/all that failed, else the first of the any (all of which failed). */
function detail(node: AxeNode): string {
  const failed = [...Array.from(node.none), ...Array.from(node.all)].map((c) => c.message);
  const any = Array.from(node.any)[0]?.message;
  return (failed.length ? failed : any ? [any] : []).join('; ');
}

function findings(violations: ArrayLike<AxeViolation>, where: WeakMap<object, SourcePos>): A11yFinding[] {
  const out: A11yFinding[] = [];
  for (const v of Array.from(violations)) {
    const fields = HTML_AXE.lookup(v.id);
    // serious and critical barriers count as errors, moderate and minor ones as warnings
    const impact = fields.axe?.impact ?? fields.impact;
    const severity = impact === 'critical' || impact === 'serious' ? 'error' : 'warning';
    for (const node of Array.from(v.nodes)) {
      const pos = (node.element && where.get(node.element)) || { line: 1, column: 1 };
      const why = detail(node);
      out.push({
        ruleId: PREFIXES.html + String(v.id),
        message: why ? `${String(v.help)}: ${why}` : String(v.help),
        line: pos.line,
        column: pos.column,
        severity,
        helpUrl: String(v.helpUrl),
        ...fields,
      });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`axe-core did not finish within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

async function analyse(code: string): Promise<A11yLint> {
  const parsed = parseHtml(code);
  if (parsed.fatal) return { findings: [], parseError: parsed.fatal };
  try {
    const { win, axe: inWindow } = environment();
    const where = loadInto(win.document, parsed.tree);
    const results = await withTimeout(
      inWindow.run(win.document, {
        runOnly: { type: 'rule', values: parsed.isDocument ? DOCUMENT_RULES : FRAGMENT_RULES },
        resultTypes: ['violations'],
        // the element itself maps back to its start tag; no selectors to compute, no frames to wait for
        elementRef: true,
        selectors: false,
        iframes: false,
        preload: false,
      }),
      RUN_TIMEOUT_MS,
    );
    return { findings: findings(results.violations, where) };
  } catch (e) {
    return { findings: [], error: e instanceof Error ? e.message : String(e) };
  }
}

// one run at a time: the runs share the window's document
let queue: Promise<unknown> = Promise.resolve();

/**
 * axe-core's findings on one HTML text, in its own 1-based lines and columns (each element's start tag). A
 * fragment (no `<html>` tag of its own) is checked as a part of a page: the page-level rules are left out.
 * Never rejects: text that ends inside a tag or comment gives `parseError`, axe-core failing gives `error`.
 */
export function lintHtmlA11y(code: string): Promise<A11yLint> {
  const run = queue.then(() => analyse(code));
  queue = run.catch(() => undefined);
  return run;
}

/** Closes the window the runs share (a later run opens a new one): for tests and the worker's shutdown. */
export async function closeHtmlA11y(): Promise<void> {
  const closing = env;
  env = undefined;
  await queue;
  if (closing) await closing.win.happyDOM.close();
}
