/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Tier } from '../core/inference';

/**
 * The DOM builder every webview uses: elements from createElement, text from text nodes, so user
 * content can never become markup. Event handlers and style attributes are refused outright.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export interface Dom {
  h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K];
  /** A codicon (`<i class="codicon codicon-NAME">`), hidden from screen readers unless it has a label. */
  icon(name: string, label?: string): HTMLElement;
  doc: Document;
}

export function dom(doc: Document): Dom {
  function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (/^on/i.test(name) || name.toLowerCase() === 'style') throw new Error(`refused attribute ${name}`);
      if (value === undefined || value === null || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    append(el, children);
    return el;
  }
  function append(el: Element, children: Child[]): void {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      el.append(typeof c === 'string' || typeof c === 'number' ? doc.createTextNode(String(c)) : c);
    }
  }
  function icon(name: string, label?: string): HTMLElement {
    const cls = `codicon codicon-${name.replace(/[^a-z0-9-]/g, '')}`;
    return label ? h('i', { class: cls, role: 'img', 'aria-label': label, title: label }) : h('i', { class: cls, 'aria-hidden': 'true' });
  }
  return { h, icon, doc };
}

export function tierText(tier: Tier): string {
  switch (tier) {
    case 'sidecar':
      return 'answered by the sidecar';
    case 'in-process':
      return 'answered in-process (the sidecar is not available)';
    case 'heuristic':
      return 'answered by the built-in heuristics';
  }
}

/** The webview's handle on VS Code; `acquireVsCodeApi` may be called once per page. */
export interface VsCodeApi<Out, State> {
  postMessage(message: Out): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<Out, State>(): VsCodeApi<Out, State>;

/** The VS Code API inside a webview, or undefined outside one (unit tests import the renderers). */
export function vscodeApi<Out, State = unknown>(): VsCodeApi<Out, State> | undefined {
  return typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi<Out, State>() : undefined;
}

/** Messages from the host: only objects with a string `type` reach the handler. */
export function onHostMessage<T extends { type: string }>(handler: (message: T) => void): void {
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    const data = e.data as { type?: unknown } | null;
    if (data && typeof data === 'object' && typeof data.type === 'string') handler(data as T);
  });
}
