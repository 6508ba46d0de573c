import { type MarkupNode, isEach, isIf, isText } from '../types';

/** Layout shared by the renderers: two-space indents, attributes one per line when a tag grows long. */

export const MAX_LINE = 100;

export function indent(lines: string[], depth = 1): string[] {
  const pad = '  '.repeat(depth);
  return lines.map((l) => (l === '' ? l : pad + l));
}

/**
 * Children that hold text are written on one line (`Hello {name}!`): whitespace between text and
 * values means something in every target, so they are never spread over lines.
 */
export function holdsText(nodes: MarkupNode[]): boolean {
  return nodes.some((n) => isText(n) || (isIf(n) && (holdsText(n.then) || holdsText(n.else ?? []))) || (isEach(n) && holdsText(n.children)));
}

export interface ElementLayout {
  tag: string;
  attrs: string[];
  /** The children's lines; one line when `inlineBody`. */
  body: string[];
  inlineBody: boolean;
  /** Written inside inline content: everything on one line. */
  inline: boolean;
  /** A void element (`<input>`): no body, no end tag; `voidEnd` is `>` (HTML) or ` />`. */
  isVoid: boolean;
  voidEnd: string;
  /** How an empty non-void element ends: `></tag>` in templates, ` />` in JSX. */
  emptyEnd: string;
}

export function layoutElement(e: ElementLayout): string[] {
  const oneLineOpen = `<${e.tag}${e.attrs.map((a) => ` ${a}`).join('')}`;
  const close = `</${e.tag}>`;
  const empty = e.isVoid || e.body.length === 0 || (e.body.length === 1 && e.body[0] === '');
  if (e.inline) {
    if (e.isVoid) return [oneLineOpen + e.voidEnd];
    return [empty ? oneLineOpen + e.emptyEnd : `${oneLineOpen}>${e.body[0] ?? ''}${close}`];
  }
  const end = e.isVoid ? e.voidEnd : empty ? e.emptyEnd : '>';
  const multiLineAttr = e.attrs.some((a) => a.includes('\n'));
  const longOpen = multiLineAttr || (oneLineOpen.length + end.length > MAX_LINE && e.attrs.length > 1);
  const open = longOpen ? [`<${e.tag}`, ...indent(e.attrs.flatMap((a) => a.split('\n'))), end.trimStart()] : [oneLineOpen + end];
  if (e.isVoid || empty) return open;
  if (!longOpen && e.inlineBody && e.body.length === 1 && open[0]!.length + e.body[0]!.length + close.length <= MAX_LINE) {
    return [open[0]! + e.body[0]! + close];
  }
  return [...open, ...indent(e.body), close];
}

const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

export function isVoidTag(tag: string): boolean {
  return VOID.has(tag);
}

/** An attribute holding a list (`className={[…]}`): on one line when it fits, else one item per line. */
export function listAttr(open: string, items: string[], close: string, inline: boolean): string {
  const one = `${open}${items.join(', ')}${close}`;
  if (inline || one.length <= MAX_LINE - 4) return one;
  return [open, ...items.map((i) => `  ${i},`), close].join('\n');
}
