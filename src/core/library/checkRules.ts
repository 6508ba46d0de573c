import type { ItemType, Literal, Prop } from './types';

/** Types and naming rules the checker (check.ts) applies; renderers share `eventName`. */

/** The type a ref reads: scalars (enum is a string with known values), lists, records (a list's item). */
export type Ty =
  | { kind: 'string' | 'number' | 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'list'; of: ItemType }
  | { kind: 'record'; fields: Record<string, 'string' | 'number' | 'boolean'> };

export const RESERVED = new Set([
  // JavaScript reserved words and globals a handler might shadow
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await',
  'implements', 'interface', 'package', 'private', 'protected', 'public', 'arguments', 'eval', 'undefined', 'constructor',
  // names the renderers use: Vue's props/emit, handlers' event, React's key/ref, Svelte's $props
  'props', 'emit', 'event', 'key', 'ref', 'slot', 'String', 'Number', 'Boolean',
]);

/** Native DOM events: an Angular output must not share a name with one (it would fire on bubbling events too). */
export const NATIVE_EVENTS = new Set([
  'click', 'dblclick', 'change', 'input', 'submit', 'reset', 'close', 'cancel', 'toggle', 'select', 'focus', 'blur',
  'focusin', 'focusout', 'keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'mouseenter', 'mouseleave', 'mouseover',
  'mouseout', 'mousemove', 'pointerdown', 'pointerup', 'scroll', 'resize', 'load', 'error', 'abort', 'drag', 'drop',
  'dragstart', 'dragend', 'copy', 'paste', 'cut', 'wheel', 'contextmenu', 'play', 'pause', 'ended', 'show', 'invalid',
  'search', 'open', 'beforeinput', 'animationend', 'transitionend',
]);

export const VOID_TAGS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** `onValueChange` → `valueChange`: the Vue emit and the Angular output of a callback prop. */
export function eventName(callback: string): string {
  const rest = callback.slice(2);
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

export function propTy(p: Prop): Ty | undefined {
  switch (p.type) {
    case 'enum':
      return { kind: 'enum', values: p.values };
    case 'list':
      return { kind: 'list', of: p.of };
    case 'node':
    case 'callback':
      return undefined;
    default:
      return { kind: p.type };
  }
}

export function itemTy(of: ItemType): Ty {
  if (of === 'string[]') return { kind: 'list', of: 'string' };
  if (typeof of === 'string') return { kind: of };
  return { kind: 'record', fields: of };
}

export function literalTy(v: Literal): Ty {
  return { kind: typeof v as 'string' | 'number' | 'boolean' };
}

export function scalarOf(t: Ty): string {
  return t.kind === 'enum' ? 'string' : t.kind;
}

export function fitsList(items: unknown[], of: ItemType): boolean {
  return items.every((it) => {
    if (of === 'string[]') return Array.isArray(it) && it.every((x) => typeof x === 'string');
    if (typeof of === 'string') return typeof it === of;
    if (typeof it !== 'object' || it === null || Array.isArray(it)) return false;
    const rec = it as Record<string, unknown>;
    return Object.keys(rec).every((k) => k in of) && Object.entries(of).every(([k, t]) => typeof rec[k] === t);
  });
}
