import {
  type Action, type EachNode, type ElementNode, type Handler, type IfNode, type LibraryComponent, type MarkupNode, type SlotNode,
  isEach, isElement, isEventArg, isIf, isRef, isSlot,
} from '../types';
import { eventName } from '../checkRules';
import { braceEntities, htmlAttr, htmlText, jsClasses, jsString, jsValueLines, wrapLines } from './escape';
import { type RefStyle, boundExpr, condExpr, literalExpr, plainRef, valueExpr } from './expr';
import { holdsText, indent, isVoidTag, layoutElement, listAttr } from './print';
import { docComment, isValueProp, valueTs } from './tstypes';

/**
 * Vue 3: an SFC with `<script setup lang="ts">`: `defineOptions({ name })`, a `Props` interface
 * through `withDefaults(defineProps<Props>(), …)`, slots for node props, `defineEmits` for
 * callbacks (`onValueChange` emits `valueChange`), `ref` per state value.
 */

const STYLE: RefStyle = { ref: plainRef, absent: 'undefined' };
// Vue's key modifiers (it also accepts any KeyboardEvent.key in kebab-case)
const KEY_MODIFIERS: Record<string, string> = {
  Escape: 'esc', Enter: 'enter', ' ': 'space', ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right',
  Home: 'home', End: 'end', Tab: 'tab',
};

export function renderVue(c: LibraryComponent, name: string): string {
  const valueProps = c.props.filter(isValueProp);
  const callbacks = c.props.flatMap((p) => (p.type === 'callback' ? [p] : []));
  const script: string[] = [];
  if (c.state?.length) script.push("import { ref } from 'vue';", '');
  script.push(`defineOptions({ name: ${jsString(name)} });`);
  if (valueProps.length > 0) {
    script.push('', 'interface Props {');
    for (const p of valueProps) script.push(`  ${docComment(p.description)}`, `  ${p.name}${p.required ? '' : '?'}: ${valueTs(p)};`);
    script.push('}', '');
    const needsProps = (c.state ?? []).some((s) => typeof s.initial === 'object');
    const defaults = valueProps.filter((p) => p.default !== undefined);
    // arrays are defaults from a factory, so instances never share one
    const entries = defaults.flatMap((p) => wrapLines(`${p.name}: ${p.type === 'list' ? '() => ' : ''}`, jsValueLines(p.default), ','));
    const assign = needsProps ? 'const props = ' : '';
    if (defaults.length) script.push(`${assign}withDefaults(defineProps<Props>(), {`, ...indent(entries), '});');
    else script.push(`${assign}defineProps<Props>();`);
  }
  if (callbacks.length > 0) {
    script.push('', 'const emit = defineEmits<{');
    for (const cb of callbacks) {
      script.push(`  ${docComment(cb.description)}`, `  ${eventName(cb.name)}: [${cb.arg ? `${cb.arg.name}: ${cb.arg.type}` : ''}];`);
    }
    script.push('}>();');
  }
  if (c.state?.length) {
    script.push('');
    for (const s of c.state) {
      const init = typeof s.initial === 'object' ? `props.${s.initial.prop}` : literalExpr(s.initial);
      script.push(`const ${s.name} = ref<${s.type}>(${init});`);
    }
  }
  const template = new VueWriter().element(c.markup, false, []);
  return ['<script setup lang="ts">', ...script, '</script>', '', '<template>', ...indent(template), '</template>', ''].join('\n');
}

class VueWriter {
  nodes(nodes: MarkupNode[], inline: boolean): string[] {
    if (inline) return [nodes.map((n) => this.node(n, true).join(' ')).join('')];
    return nodes.flatMap((n) => this.node(n, false));
  }

  node(n: MarkupNode, inline: boolean, directive: string[] = []): string[] {
    if (isElement(n)) return this.element(n, inline, directive);
    if (directive.length > 0) return this.template([n], inline, directive);
    if (isIf(n)) return this.ifNode(n, inline);
    if (isEach(n)) return this.each(n, inline);
    if (isSlot(n)) return this.slot(n, inline);
    return [typeof n.text === 'string' ? braceEntities(htmlText(n.text)) : `{{ ${valueExpr(n.text, STYLE)} }}`];
  }

  element(el: ElementNode, inline: boolean, directive: string[]): string[] {
    const attrs = [...directive];
    for (const [name, v] of Object.entries(el.attrs ?? {})) attrs.push(v === true ? name : `${name}="${braceEntities(htmlAttr(v))}"`);
    if (el.class?.trim()) attrs.push(`class="${el.class.trim().replace(/\s+/g, ' ')}"`);
    if (el.classWhen?.length) {
      // one key per class string; a string shared by several conditions holds when any does
      const byClass = new Map<string, string[]>();
      for (const cw of el.classWhen) {
        const cls = cw.class.trim().replace(/\s+/g, ' ');
        byClass.set(cls, [...(byClass.get(cls) ?? []), condExpr(cw.when, STYLE)]);
      }
      attrs.push(listAttr(':class="{ ', [...byClass].map(([cls, conds]) => `${jsClasses(cls)}: ${conds.join(' || ')}`), ' }"', inline).replace(/^(:class="\{) \n/, '$1\n').replace(/\n \}"$/, '\n}"'));
    }
    for (const [name, b] of Object.entries(el.bind ?? {})) attrs.push(`:${name}="${boundExpr(b, STYLE)}"`);
    for (const h of el.on ?? []) attrs.push(this.handler(h));
    const children = el.children ?? [];
    const inlineBody = holdsText(children);
    return layoutElement({
      tag: el.tag, attrs, body: children.length ? this.nodes(children, inline || inlineBody) : [], inlineBody, inline,
      isVoid: isVoidTag(el.tag), voidEnd: ' />', emptyEnd: `></${el.tag}>`,
    });
  }

  private handler(h: Handler): string {
    const mods = [...(h.key ? [KEY_MODIFIERS[h.key]!] : []), ...(h.prevent ? ['prevent'] : [])];
    return `@${h.event}${mods.map((m) => `.${m}`).join('')}="${h.do.map((a) => this.action(a)).join('; ')}"`;
  }

  private action(a: Action): string {
    if ('call' in a) return `emit(${[jsString(eventName(a.call)), ...(a.with === undefined ? [] : [arg(a.with)])].join(', ')})`;
    if ('set' in a) return `${a.set} = ${arg(a.to)}`;
    if (a.value === undefined) return `${a.toggle} = !${a.toggle}`;
    const v = arg(a.value);
    return `${a.toggle} = ${a.toggle} === ${v} ? ${literalExpr(a.off!)} : ${v}`;
  }

  /** Nodes under a directive: on the element itself when there is one, else on a `<template>`. */
  private directed(nodes: MarkupNode[], inline: boolean, directive: string[]): string[] {
    if (nodes.length === 1) return this.node(nodes[0]!, inline, directive);
    return this.template(nodes, inline, directive);
  }

  private template(nodes: MarkupNode[], inline: boolean, directive: string[]): string[] {
    const text = inline || holdsText(nodes);
    const body = this.nodes(nodes, text);
    const open = `<template ${directive.join(' ')}>`;
    return text ? [`${open}${body[0]}</template>`] : [open, ...indent(body), '</template>'];
  }

  private ifNode(n: IfNode, inline: boolean): string[] {
    const out = this.directed(n.then, inline, [`v-if="${condExpr(n.if, STYLE)}"`]);
    if (n.else) out.push(...this.directed(n.else, inline, ['v-else']));
    return inline ? [out.join('')] : out;
  }

  private each(n: EachNode, inline: boolean): string[] {
    const index = n.index ?? `${n.as}Index`;
    const key = n.key !== undefined ? `${n.as}.${n.key}` : index;
    const head = n.key !== undefined && n.index === undefined ? n.as : `(${n.as}, ${index})`;
    return this.directed(n.children, inline, [`v-for="${head} in ${STYLE.ref(n.each)}"`, `:key="${key}"`]);
  }

  private slot(n: SlotNode, inline: boolean): string[] {
    const attrs = n.slot === 'children' ? [] : [`name="${n.slot}"`];
    const open = `<slot${attrs.map((a) => ` ${a}`).join('')}`;
    if (!n.fallback?.length) return [`${open} />`];
    const text = inline || holdsText(n.fallback);
    const body = this.nodes(n.fallback, text);
    return text ? [`${open}>${body[0]}</slot>`] : [`${open}>`, ...indent(body), '</slot>'];
  }
}

function arg(v: Parameters<typeof valueExpr>[0] | { event: 'value' | 'checked' }): string {
  if (isEventArg(v)) return `($event.target as HTMLInputElement).${v.event}`;
  return isRef(v) ? STYLE.ref(v) : valueExpr(v, STYLE);
}
