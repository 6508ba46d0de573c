import {
  type Action, type EachNode, type ElementNode, type Handler, type IfNode, type LibraryComponent, type MarkupNode, type Ref, type SlotNode,
  isEach, isElement, isEventArg, isIf, isRef, isSlot,
} from '../types';
import { eventName } from '../checkRules';
import { htmlAttr, htmlText, jsClasses, jsString, jsValueLines, templateLiteral, wrapLines } from './escape';
import { type RefStyle, boundExpr, condExpr, literalExpr, valueExpr } from './expr';
import { angularClassName, angularSelector } from './names';
import { holdsText, indent, isVoidTag, layoutElement, listAttr } from './print';
import { docComment, valueTs } from './tstypes';

/**
 * Angular (17+, current idioms): a standalone component with an inline template, OnPush,
 * signal inputs (`input()`, `input.required()`, booleanAttribute/numberAttribute transforms),
 * `output()` for callbacks, `signal()`/`linkedSignal()` for state, the built-in control flow
 * (`@if`, `@for … track`) and `<ng-content>` for node props.
 */

const STYLE: RefStyle = {
  ref: (r: Ref) => ('prop' in r ? `${r.prop}()` : 'state' in r ? `${r.state}()` : 'index' in r ? r.index : r.field === undefined ? r.item : `${r.item}.${r.field}`),
  absent: 'null',
};
const KEYS: Record<string, string> = {
  Escape: 'escape', Enter: 'enter', ' ': 'space', ArrowUp: 'arrowup', ArrowDown: 'arrowdown', ArrowLeft: 'arrowleft',
  ArrowRight: 'arrowright', Home: 'home', End: 'end', Tab: 'tab',
};
// bound as DOM properties ([disabled]); everything else as attributes ([attr.aria-expanded])
// DOM properties, not attributes: a bound `value` must follow the state after the user typed (the attribute is only the initial value)
const PROPERTIES: Record<string, string> = { disabled: 'disabled', checked: 'checked', required: 'required', readonly: 'readOnly', hidden: 'hidden', multiple: 'multiple', selected: 'selected', value: 'value' };

export function renderAngular(c: LibraryComponent, name: string): string {
  const core = new Set(['ChangeDetectionStrategy', 'Component']);
  const members: string[] = [];
  for (const p of c.props) {
    if (p.type === 'node') continue;
    members.push(docComment(p.description));
    if (p.type === 'callback') {
      core.add('output');
      members.push(`readonly ${eventName(p.name)} = output<${p.arg ? p.arg.type : 'void'}>();`);
      continue;
    }
    core.add('input');
    // booleanAttribute/numberAttribute: `<app-x disabled>` and `size="3"` work as in HTML
    const transform = p.type === 'boolean' ? 'booleanAttribute' : p.type === 'number' ? 'numberAttribute' : undefined;
    if (transform) core.add(transform);
    const opts = transform ? `{ transform: ${transform} }` : '';
    if (p.required) members.push(`readonly ${p.name} = input.required${transform ? `(${opts})` : `<${valueTs(p)}>()`};`);
    else if (p.default === undefined) members.push(`readonly ${p.name} = input<${valueTs(p)}>(${transform ? `undefined, ${opts}` : ''});`);
    else members.push(...wrapLines(`readonly ${p.name} = input${transform ? '' : `<${valueTs(p)}>`}(`, jsValueLines(p.default), `${transform ? `, ${opts}` : ''});`));
  }
  for (const s of c.state ?? []) {
    if (typeof s.initial === 'object') {
      // follows the prop when it changes, and is the component's own in between
      core.add('linkedSignal');
      members.push(`protected readonly ${s.name} = linkedSignal<${s.type}>(() => this.${s.initial.prop}());`);
    } else {
      core.add('signal');
      members.push(`protected readonly ${s.name} = signal<${s.type}>(${literalExpr(s.initial)});`);
    }
  }
  const template = new AngularWriter().element(c.markup, false);
  const sorted = [...core].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return [
    `import { ${sorted.join(', ')} } from '@angular/core';`,
    '',
    docComment(c.description),
    '@Component({',
    `  selector: ${jsString(angularSelector(name))},`,
    '  standalone: true,',
    '  changeDetection: ChangeDetectionStrategy.OnPush,',
    '  template: `',
    ...indent(template, 2).map(templateLiteral),
    '  `,',
    '})',
    `export class ${angularClassName(name)} {`,
    ...indent(members),
    '}',
    '',
  ].join('\n');
}

/** Angular reads `{`, `}` (even as entities) and `@` in templates: text holding braces is a string interpolation. */
function staticText(text: string): string {
  if (/[{}]/.test(text)) return `{{ ${jsString(text)} }}`;
  return htmlText(text).replace(/@/g, '&#64;');
}

class AngularWriter {
  nodes(nodes: MarkupNode[], inline: boolean): string[] {
    if (inline) return [nodes.map((n) => this.node(n, true).join(' ')).join('')];
    return nodes.flatMap((n) => this.node(n, false));
  }

  node(n: MarkupNode, inline: boolean): string[] {
    if (isElement(n)) return this.element(n, inline);
    if (isIf(n)) return this.ifNode(n, inline);
    if (isEach(n)) return this.each(n, inline);
    if (isSlot(n)) return this.slot(n, inline);
    return [typeof n.text === 'string' ? staticText(n.text) : `{{ ${valueExpr(n.text, STYLE)} }}`];
  }

  element(el: ElementNode, inline: boolean): string[] {
    const attrs: string[] = [];
    for (const [name, v] of Object.entries(el.attrs ?? {})) {
      if (v === true) attrs.push(name);
      // entities do not stop Angular's interpolation: a value with braces is bound as a string instead
      else attrs.push(/[{}]/.test(v) ? `[attr.${name}]="${jsString(v)}"` : `${name}="${htmlAttr(v)}"`);
    }
    const base = el.class?.trim().replace(/\s+/g, ' ');
    if (base) attrs.push(`class="${base}"`);
    if (el.classWhen?.length) {
      // [class] takes a string of classes; an object's keys must be single classes
      const only = el.classWhen.length === 1 ? el.classWhen[0]!.class.trim() : '';
      if (/^[a-z0-9-]+$/.test(only)) {
        // one plain class: Angular's own per-class binding
        attrs.push(`[class.${only}]="${condExpr(el.classWhen[0]!.when, STYLE)}"`);
      } else {
        const parts = el.classWhen.map((cw) => `${condExpr(cw.when, STYLE)} ? ${jsClasses(cw.class.trim().replace(/\s+/g, ' '))} : ''`);
        attrs.push(listAttr('[class]="[', parts, `].join(' ')"`, inline));
      }
    }
    for (const [name, b] of Object.entries(el.bind ?? {})) {
      attrs.push(`[${PROPERTIES[name] ?? `attr.${name}`}]="${boundExpr(b, STYLE)}"`);
    }
    for (const h of el.on ?? []) attrs.push(this.handler(h));
    const children = el.children ?? [];
    const inlineBody = holdsText(children);
    return layoutElement({
      tag: el.tag, attrs, body: children.length ? this.nodes(children, inline || inlineBody) : [], inlineBody, inline,
      isVoid: isVoidTag(el.tag), voidEnd: ' />', emptyEnd: `></${el.tag}>`,
    });
  }

  private handler(h: Handler): string {
    const stmts = [...(h.prevent ? ['$event.preventDefault()'] : []), ...h.do.map((a) => this.action(a))];
    return `(${h.event}${h.key ? `.${KEYS[h.key]}` : ''})="${stmts.join('; ')}"`;
  }

  private action(a: Action): string {
    if ('call' in a) return `${eventName(a.call)}.emit(${a.with === undefined ? '' : arg(a.with)})`;
    if ('set' in a) return `${a.set}.set(${arg(a.to)})`;
    if (a.value === undefined) return `${a.toggle}.set(!${a.toggle}())`;
    const v = arg(a.value);
    return `${a.toggle}.set(${a.toggle}() === ${v} ? ${literalExpr(a.off!)} : ${v})`;
  }

  private block(heads: [string, MarkupNode[]][], inline: boolean): string[] {
    const text = inline || heads.some(([, nodes]) => holdsText(nodes));
    if (text) return [heads.map(([head, nodes]) => `${head} {${this.nodes(nodes, true)[0]}}`).join(' ')];
    const out: string[] = [];
    heads.forEach(([head, nodes], i) => {
      out.push(i === 0 ? `${head} {` : `} ${head} {`, ...indent(this.nodes(nodes, false)));
    });
    out.push('}');
    return out;
  }

  private ifNode(n: IfNode, inline: boolean): string[] {
    return this.block([[`@if (${condExpr(n.if, STYLE)})`, n.then], ...(n.else ? [['@else', n.else] as [string, MarkupNode[]]] : [])], inline);
  }

  private each(n: EachNode, inline: boolean): string[] {
    const track = n.key !== undefined ? `${n.as}.${n.key}` : '$index';
    const index = n.index ? `; let ${n.index} = $index` : '';
    return this.block([[`@for (${n.as} of ${STYLE.ref(n.each)}; track ${track}${index})`, n.children]], inline);
  }

  private slot(n: SlotNode, inline: boolean): string[] {
    const open = n.slot === 'children' ? '<ng-content' : `<ng-content select="[${n.slot}]"`;
    if (!n.fallback?.length) return [`${open} />`];
    const text = inline || holdsText(n.fallback);
    const body = this.nodes(n.fallback, text);
    return text ? [`${open}>${body[0]}</ng-content>`] : [`${open}>`, ...indent(body), '</ng-content>'];
  }
}

function arg(v: Parameters<typeof valueExpr>[0] | { event: 'value' | 'checked' }): string {
  if (isEventArg(v)) return `$any($event.target).${v.event}`;
  return isRef(v) ? STYLE.ref(v) : valueExpr(v, STYLE);
}
