import { eventName } from '../checkRules';
import {
  type Action, type Bound, type Condition, type ElementNode, type LibraryComponent, type Literal, type MarkupNode, type Ref, type Value,
  isConcat, isEach, isElement, isEventArg, isIf, isRef, isSlot, isWhen,
} from '../types';
import { htmlAttr, htmlClasses, htmlText } from './escape';
import { condRefs } from './expr';
import { holdsText, isVoidTag, layoutElement } from './print';
import { isValueProp } from './tstypes';

/**
 * Plain HTML: a static snapshot with the props' defaults (or examples) and the state's initial
 * values; lists expanded. Behaviour is described, never run: no inline script, only data
 * attributes a page's own script may read: `data-on-click="toggle:open"`, and parts that depend
 * on state carry `data-show="open"` (and `hidden` while they are not shown).
 */

/** Parts under state conditions: when they show, and whether they are hidden at first. */
interface Gate {
  when: string[];
  hidden: boolean;
}

const gateAttrs = (g: Gate | undefined): string[] => (g ? [`data-show="${htmlAttr(g.when.join(' && '))}"`, ...(g.hidden ? ['hidden'] : [])] : []);

interface Ctx {
  props: Map<string, unknown>;
  state: Map<string, unknown>;
  items: Map<string, unknown>;
  indexes: Map<string, number>;
}

// attributes present or absent rather than "true"/"false"
const BOOLEAN_ATTRS = new Set(['disabled', 'checked', 'required', 'readonly', 'hidden', 'multiple', 'selected', 'open', 'autofocus', 'novalidate', 'inert']);
const KEY_NAMES: Record<string, string> = { ' ': 'space' };

export function renderHtml(c: LibraryComponent, name: string): string {
  const props = new Map<string, unknown>();
  for (const p of c.props) {
    if (isValueProp(p)) props.set(p.name, p.default ?? p.example);
    else if (p.type === 'node' && p.example !== undefined) props.set(p.name, p.example);
  }
  const state = new Map<string, unknown>();
  for (const s of c.state ?? []) state.set(s.name, typeof s.initial === 'object' ? props.get(s.initial.prop) : s.initial);
  const w = new HtmlWriter();
  return [...w.element(c.markup, { props, state, items: new Map(), indexes: new Map() }, false, undefined, [`data-component="${htmlAttr(name)}"`]), ''].join('\n');
}

class HtmlWriter {
  nodes(nodes: MarkupNode[], ctx: Ctx, inline: boolean, gate?: Gate): string[] {
    const out = nodes.flatMap((n) => this.node(n, ctx, inline, gate));
    return inline ? [out.join('')] : out;
  }

  node(n: MarkupNode, ctx: Ctx, inline: boolean, gate: Gate | undefined): string[] {
    if (isElement(n)) return this.element(n, ctx, inline, gate, []);
    if (isIf(n)) {
      if (!condRefs(n.if).some((r) => 'state' in r)) {
        const branch = evalCond(n.if, ctx) ? n.then : n.else;
        return branch ? this.nodes(branch, ctx, inline, gate) : [];
      }
      // depends on state: both branches, the inactive one hidden, each saying when it shows
      const shown = evalCond(n.if, ctx);
      const out = this.nodes(n.then, ctx, inline, within(gate, describe(n.if, ctx, false), shown));
      if (n.else) out.push(...this.nodes(n.else, ctx, inline, within(gate, describe(n.if, ctx, true), !shown)));
      return inline ? [out.join('')] : out;
    }
    if (isEach(n)) {
      const list = evalRef(n.each, ctx);
      if (!Array.isArray(list)) return [];
      const out = list.flatMap((item, i) => {
        const inner: Ctx = { ...ctx, items: new Map(ctx.items).set(n.as, item), indexes: n.index ? new Map(ctx.indexes).set(n.index, i) : ctx.indexes };
        return this.nodes(n.children, inner, inline, gate);
      });
      return inline ? [out.join('')] : out;
    }
    if (isSlot(n)) {
      const example = ctx.props.get(n.slot);
      if (typeof example === 'string') return [htmlText(example)];
      return n.fallback ? this.nodes(n.fallback, ctx, inline, gate) : [];
    }
    const text = typeof n.text === 'string' ? n.text : str(evalValue(n.text, ctx));
    // text under a state condition needs an element to carry `hidden`
    return gate ? [`<span ${gateAttrs(gate).join(' ')}>${htmlText(text)}</span>`] : [htmlText(text)];
  }

  element(el: ElementNode, ctx: Ctx, inline: boolean, gate: Gate | undefined, extra: string[]): string[] {
    const attrs = [...extra, ...gateAttrs(gate)];
    for (const [name, v] of Object.entries(el.attrs ?? {})) attrs.push(v === true ? name : `${name}="${htmlAttr(v)}"`);
    const classes = [el.class ?? '', ...(el.classWhen ?? []).filter((cw) => evalCond(cw.when, ctx)).map((cw) => cw.class)].join(' ').trim().replace(/\s+/g, ' ');
    if (classes) attrs.push(`class="${htmlClasses(classes)}"`);
    for (const [name, b] of Object.entries(el.bind ?? {})) {
      const v = evalBound(b, ctx);
      if (BOOLEAN_ATTRS.has(name)) {
        if (v) attrs.push(name);
      } else if (v !== undefined && v !== null) {
        attrs.push(`${name}="${htmlAttr(str(v))}"`);
      }
    }
    for (const h of el.on ?? []) {
      const key = h.key ? `-${KEY_NAMES[h.key] ?? h.key.toLowerCase()}` : '';
      const actions = [...(h.prevent ? ['prevent'] : []), ...h.do.map((a) => action(a, ctx))];
      attrs.push(`data-on-${h.event}${key}="${htmlAttr(actions.join('; '))}"`);
    }
    const children = el.children ?? [];
    const inlineBody = holdsText(children);
    return layoutElement({
      tag: el.tag, attrs, body: children.length ? this.nodes(children, ctx, inline || inlineBody) : [], inlineBody, inline,
      isVoid: isVoidTag(el.tag), voidEnd: '>', emptyEnd: `></${el.tag}>`,
    });
  }
}

function within(outer: Gate | undefined, when: string, shown: boolean): Gate {
  return { when: [...(outer?.when ?? []), when], hidden: (outer?.hidden ?? false) || !shown };
}

function evalRef(r: Ref, ctx: Ctx): unknown {
  if ('prop' in r) return ctx.props.get(r.prop);
  if ('state' in r) return ctx.state.get(r.state);
  if ('index' in r) return ctx.indexes.get(r.index);
  const item = ctx.items.get(r.item);
  return r.field === undefined ? item : (item as Record<string, unknown> | undefined)?.[r.field];
}

function evalValue(v: Value | Literal, ctx: Ctx): unknown {
  if (isRef(v)) return evalRef(v, ctx);
  if (isConcat(v)) return v.concat.map((p) => (typeof p === 'string' ? p : str(evalRef(p, ctx)))).join('');
  return v;
}

function evalCond(c: Condition, ctx: Ctx): boolean {
  const left = evalRef(c.ref, ctx);
  const holds = c.is === undefined ? Boolean(left) : left === (isRef(c.is) ? evalRef(c.is, ctx) : c.is);
  return c.not ? !holds : holds;
}

function evalBound(b: Bound, ctx: Ctx): unknown {
  if (!isWhen(b)) return evalValue(b, ctx);
  if (evalCond(b.when, ctx)) return evalValue(b.then, ctx);
  return b.else === undefined ? undefined : evalValue(b.else, ctx);
}

/** Text of a scalar (the checker keeps lists and records out of text); nothing for an absent value. */
function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** A condition for a page script: state by name, everything else by its value here (`openIndex == 2`). */
function describe(c: Condition, ctx: Ctx, negate: boolean): string {
  const side = (r: Ref | Literal): string => (isRef(r) && 'state' in r ? r.state : JSON.stringify(isRef(r) ? evalRef(r, ctx) : r) ?? 'null');
  const not = Boolean(c.not) !== negate;
  if (c.is === undefined) return `${not ? '!' : ''}${side(c.ref)}`;
  return `${side(c.ref)} ${not ? '!=' : '=='} ${side(c.is)}`;
}

function action(a: Action, ctx: Ctx): string {
  // state by name (a page script knows its current value), the rest by its value here
  const val = (v: Literal | Ref | { event: 'value' | 'checked' }): string =>
    isEventArg(v) ? `event.${v.event}` : isRef(v) && 'state' in v ? v.state : (JSON.stringify(isRef(v) ? evalRef(v, ctx) : v) ?? 'null');
  if ('call' in a) return `emit:${eventName(a.call)}${a.with === undefined ? '' : `(${val(a.with)})`}`;
  if ('set' in a) return `set:${a.set}=${val(a.to)}`;
  return a.value === undefined ? `toggle:${a.toggle}` : `toggle:${a.toggle}=${val(a.value)}|${val(a.off!)}`;
}
