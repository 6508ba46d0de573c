import {
  type Action, type EachNode, type ElementNode, type Handler, type IfNode, type LibraryComponent, type Literal, type MarkupNode, type SlotNode,
  isEach, isElement, isEventArg, isIf, isRef, isSlot,
} from '../types';
import { jsClasses, jsValue, jsValueLines, jsxAttr, jsxClasses, jsxText, wrapLines } from './escape';
import { type RefStyle, boundExpr, condExpr, literalExpr, plainRef, valueExpr } from './expr';
import { holdsText, indent, isVoidTag, layoutElement, listAttr } from './print';
import { callbackTs, docComment, isValueProp, valueTs } from './tstypes';

/**
 * React: a TSX function component with an exported `Props` interface, defaults in the parameter's
 * destructuring, `useState` per state value, callbacks called as `onX?.()`, lists with `map` and keys.
 */

const STYLE: RefStyle = { ref: plainRef, absent: 'undefined' };

// HTML attribute names React spells differently (the type-check rejects a wrong one)
const REACT_ATTRS: Record<string, string> = {
  for: 'htmlFor', tabindex: 'tabIndex', readonly: 'readOnly', maxlength: 'maxLength', minlength: 'minLength',
  autocomplete: 'autoComplete', autofocus: 'autoFocus', colspan: 'colSpan', rowspan: 'rowSpan', inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint', spellcheck: 'spellCheck', crossorigin: 'crossOrigin', srcset: 'srcSet', enctype: 'encType',
  novalidate: 'noValidate', 'accept-charset': 'acceptCharset', datetime: 'dateTime', contenteditable: 'contentEditable',
  formaction: 'formAction', formnovalidate: 'formNoValidate', referrerpolicy: 'referrerPolicy', playsinline: 'playsInline',
  fetchpriority: 'fetchPriority', popovertarget: 'popoverTarget', usemap: 'useMap', autocapitalize: 'autoCapitalize',
};
// React types these as numbers: `tabIndex={0}`, not "0"
const NUMERIC = new Set(['tabIndex', 'colSpan', 'rowSpan', 'maxLength', 'minLength', 'rows', 'cols', 'size', 'span', 'start']);
const EVENTS: Record<Handler['event'], string> = {
  click: 'onClick', keydown: 'onKeyDown', keyup: 'onKeyUp', input: 'onChange', change: 'onChange', submit: 'onSubmit',
  focus: 'onFocus', blur: 'onBlur', mouseenter: 'onMouseEnter', mouseleave: 'onMouseLeave',
};

export function reactAttrName(name: string): string {
  if (name in REACT_ATTRS) return REACT_ATTRS[name]!;
  if (/^(aria|data)-/.test(name)) return name;
  // SVG presentation attributes: stroke-width → strokeWidth
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function renderReact(c: LibraryComponent, name: string): string {
  const w = new ReactWriter();
  const body = w.element(c.markup, false, []);
  const values = [...(w.usesFragment ? ['Fragment'] : []), ...(c.state?.length ? ['useState'] : [])];
  const types = c.props.some((p) => p.type === 'node') ? ['ReactNode'] : [];
  const out: string[] = [];
  if (values.length > 0) out.push(`import { ${[...values, ...types.map((t) => `type ${t}`)].join(', ')} } from 'react';`);
  else if (types.length > 0) out.push(`import type { ${types.join(', ')} } from 'react';`);
  if (out.length > 0) out.push('');
  out.push(`export interface ${name}Props {`);
  for (const p of c.props) {
    const type = p.type === 'node' ? 'ReactNode' : p.type === 'callback' ? callbackTs(p) : valueTs(p);
    const optional = isValueProp(p) && p.required ? '' : '?';
    out.push(`  ${docComment(p.description)}`, `  ${p.name}${optional}: ${type};`);
  }
  out.push('}', '', docComment(c.description));
  const params = c.props.map((p) => (isValueProp(p) && p.default !== undefined ? `${p.name} = ${jsValue(p.default)}` : p.name));
  const oneLine = `export function ${name}({ ${params.join(', ')} }: ${name}Props) {`;
  if (params.length === 0) out.push(`export function ${name}() {`);
  else if (oneLine.length <= 100) out.push(oneLine);
  else out.push(`export function ${name}({`, ...indent(paramLines(c)), `}: ${name}Props) {`);
  for (const s of c.state ?? []) {
    const init = typeof s.initial === 'object' ? s.initial.prop : literalExpr(s.initial);
    out.push(`  const [${s.name}, ${setter(s.name)}] = useState<${s.type}>(${init});`);
  }
  out.push('  return (', ...indent(body, 2), '  );', '}', '');
  return out.join('\n');
}

/** Destructured props, one per line, long defaults spread over lines. */
export function paramLines(c: LibraryComponent): string[] {
  return c.props.flatMap((p) => (isValueProp(p) && p.default !== undefined ? wrapLines(`${p.name} = `, jsValueLines(p.default), ',') : [`${p.name},`]));
}

function setter(state: string): string {
  return `set${state.charAt(0).toUpperCase()}${state.slice(1)}`;
}

class ReactWriter {
  usesFragment = false;

  nodes(nodes: MarkupNode[], inline: boolean): string[] {
    if (inline) return [nodes.map((n) => this.node(n, true).join(' ')).join('')];
    return nodes.flatMap((n) => this.node(n, false));
  }

  node(n: MarkupNode, inline: boolean): string[] {
    if (isElement(n)) return this.element(n, inline, []);
    if (isIf(n)) return this.ifNode(n, inline);
    if (isEach(n)) return this.each(n, inline);
    if (isSlot(n)) return this.slot(n, inline);
    return [typeof n.text === 'string' ? jsxText(n.text) : `{${valueExpr(n.text, STYLE)}}`];
  }

  element(el: ElementNode, inline: boolean, extra: string[]): string[] {
    const attrs = [...extra];
    for (const [name, v] of Object.entries(el.attrs ?? {})) {
      const r = reactAttrName(name);
      attrs.push(v === true ? r : NUMERIC.has(r) && /^-?\d+$/.test(v) ? `${r}={${v}}` : `${r}=${jsxAttr(v)}`);
    }
    const cls = this.className(el, inline);
    if (cls) attrs.push(cls);
    for (const [name, b] of Object.entries(el.bind ?? {})) attrs.push(`${reactAttrName(name)}={${boundExpr(b, STYLE)}}`);
    attrs.push(...this.handlers(el.on ?? [], inline));
    const children = el.children ?? [];
    const inlineBody = holdsText(children);
    return layoutElement({
      tag: el.tag, attrs, body: children.length ? this.nodes(children, inline || inlineBody) : [], inlineBody, inline,
      isVoid: isVoidTag(el.tag), voidEnd: ' />', emptyEnd: ' />',
    });
  }

  private className(el: ElementNode, inline: boolean): string | undefined {
    const base = el.class?.trim().replace(/\s+/g, ' ');
    if (!el.classWhen?.length) return base ? `className=${jsxClasses(base)}` : undefined;
    const parts = [...(base ? [jsClasses(base)] : []), ...el.classWhen.map((cw) => `${condExpr(cw.when, STYLE)} && ${jsClasses(cw.class.trim().replace(/\s+/g, ' '))}`)];
    return listAttr('className={[', parts, "].filter(Boolean).join(' ')}", inline);
  }

  /** One React prop per event kind; keyed handlers of the same event share it as `if` branches. */
  private handlers(on: Handler[], inline: boolean): string[] {
    const byProp = new Map<string, Handler[]>();
    for (const h of on) byProp.set(EVENTS[h.event], [...(byProp.get(EVENTS[h.event]) ?? []), h]);
    return [...byProp].map(([prop, hs]) => {
      const needsEvent = hs.some((h) => h.key !== undefined || h.prevent || h.do.some(usesEvent));
      const param = needsEvent ? '(event)' : '()';
      const single = hs.length === 1 && !hs[0]!.key && !hs[0]!.prevent && hs[0]!.do.length === 1;
      if (single) return `${prop}={${param} => ${this.action(hs[0]!.do[0]!, new Map())}}`;
      const body: string[] = [];
      for (const h of hs) {
        const stmts = [...(h.prevent ? ['event.preventDefault();'] : []), ...this.statements(h.do)];
        body.push(...(h.key ? [`if (event.key === ${literalExpr(h.key)}) {`, ...indent(stmts), '}'] : stmts));
      }
      return inline ? `${prop}={${param} => { ${body.join(' ')} }}` : [`${prop}={${param} => {`, ...indent(body), '}}'].join('\n');
    });
  }

  /**
   * A handler's actions in order. React's state changes show at the next render, so a state that a
   * later action reads is computed into a local first: every target then sees the new value.
   */
  private statements(actions: Action[]): string[] {
    const locals = new Map<string, string>();
    const out: string[] = [];
    actions.forEach((a, i) => {
      if ('call' in a) {
        out.push(`${this.action(a, locals)};`);
        return;
      }
      const state = 'set' in a ? a.set : a.toggle;
      if (!actions.slice(i + 1).some((later) => readsState(later, state))) {
        out.push(`${this.action(a, locals)};`);
        return;
      }
      let local = `next${state.charAt(0).toUpperCase()}${state.slice(1)}`;
      while ([...locals.values()].includes(local)) local += '2';
      const current = locals.get(state) ?? state;
      const next = 'set' in a ? arg(a.to, locals) : a.value === undefined ? `!${current}` : toggleTo(current, arg(a.value, locals), a.off!);
      out.push(`const ${local} = ${next};`, `${setter(state)}(${local});`);
      locals.set(state, local);
    });
    return out;
  }

  private action(a: Action, locals: Map<string, string>): string {
    if ('call' in a) return `${a.call}?.(${a.with === undefined ? '' : arg(a.with, locals)})`;
    if ('set' in a) return `${setter(a.set)}(${arg(a.to, locals)})`;
    const local = locals.get(a.toggle);
    if (a.value === undefined) return `${setter(a.toggle)}(${local !== undefined ? `!${local}` : '(current) => !current'})`;
    const v = arg(a.value, locals);
    return `${setter(a.toggle)}(${local !== undefined ? toggleTo(local, v, a.off!) : `(current) => (${toggleTo('current', v, a.off!)})`})`;
  }

  /** A JSX expression for a branch: one element as is, several nodes in a fragment. */
  private branch(nodes: MarkupNode[], inline: boolean): string[] {
    if (nodes.length === 1 && isElement(nodes[0]!)) return this.element(nodes[0], inline, []);
    if (inline || holdsText(nodes)) return [`<>${this.nodes(nodes, true)[0]}</>`];
    return ['<>', ...indent(this.nodes(nodes, false)), '</>'];
  }

  private ifNode(n: IfNode, inline: boolean): string[] {
    const cond = condExpr(n.if, STYLE);
    const then = this.branch(n.then, inline);
    const otherwise = n.else ? this.branch(n.else, inline) : undefined;
    if (inline) return [`{${cond} ? ${then.join(' ')} : ${otherwise?.join(' ') ?? 'null'}}`];
    const out = [`{${cond} ? (`, ...indent(then)];
    if (otherwise) out.push(') : (', ...indent(otherwise), ')}');
    else out.push(') : null}');
    return out;
  }

  private each(n: EachNode, inline: boolean): string[] {
    const index = n.index ?? `${n.as}Index`;
    const key = n.key !== undefined ? `${n.as}.${n.key}` : index;
    const params = n.key !== undefined && n.index === undefined ? n.as : `${n.as}, ${index}`;
    let item: string[];
    if (n.children.length === 1 && isElement(n.children[0]!)) {
      item = this.element(n.children[0], inline, [`key={${key}}`]);
    } else {
      this.usesFragment = true;
      const text = inline || holdsText(n.children);
      const inner = this.nodes(n.children, text);
      item = text ? [`<Fragment key={${key}}>${inner[0]}</Fragment>`] : [`<Fragment key={${key}}>`, ...indent(inner), '</Fragment>'];
    }
    const head = `{${STYLE.ref(n.each)}.map((${params}) => (`;
    if (inline) return [`${head}${item.join(' ')}))}`];
    return [head, ...indent(item), '))}'];
  }

  private slot(n: SlotNode, inline: boolean): string[] {
    if (!n.fallback?.length) return [`{${n.slot}}`];
    const only = n.fallback.length === 1 ? n.fallback[0]! : undefined;
    if (only && 'text' in only) {
      return [`{${n.slot} ?? ${typeof only.text === 'string' ? literalExpr(only.text) : valueExpr(only.text, STYLE)}}`];
    }
    const fb = this.branch(n.fallback, inline);
    if (inline) return [`{${n.slot} ?? ${fb.join(' ')}}`];
    return [`{${n.slot} ?? (`, ...indent(fb), ')}'];
  }
}

function usesEvent(a: Action): boolean {
  return ('call' in a && isEventArg(a.with)) || ('set' in a && isEventArg(a.to));
}

/** An action's argument; a state already changed in this handler is read from its local. */
function arg(v: Parameters<typeof valueExpr>[0] | { event: 'value' | 'checked' }, locals: Map<string, string>): string {
  if (isEventArg(v)) return `event.currentTarget.${v.event}`;
  if (isRef(v) && 'state' in v && locals.has(v.state)) return locals.get(v.state)!;
  return isRef(v) ? STYLE.ref(v) : valueExpr(v, STYLE);
}

function toggleTo(current: string, value: string, off: Literal): string {
  return `${current} === ${value} ? ${literalExpr(off)} : ${value}`;
}

function readsState(a: Action, state: string): boolean {
  const args = 'call' in a ? [a.with] : 'set' in a ? [a.to] : [a.value, ...(a.toggle === state ? [{ state }] : [])];
  return args.some((v) => isRef(v) && 'state' in v && v.state === state);
}
