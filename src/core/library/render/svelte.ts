import {
  type Action, type EachNode, type ElementNode, type Handler, type IfNode, type LibraryComponent, type MarkupNode, type SlotNode,
  isEach, isElement, isEventArg, isIf, isRef, isSlot,
} from '../types';
import { braceEntities, htmlAttr, htmlText, jsClasses, jsValue } from './escape';
import { paramLines } from './react';
import { type RefStyle, boundExpr, condExpr, literalExpr, plainRef, valueExpr } from './expr';
import { holdsText, indent, isVoidTag, layoutElement, listAttr } from './print';
import { callbackTs, docComment, isValueProp, valueTs } from './tstypes';

/**
 * Svelte 5 with runes: `let { … }: Props = $props()`, `$state` per state value (a writable
 * `$derived` when a prop seeds it), snippets
 * (`{@render children?.()}`) for node props, callback props, event attributes (`onclick={…}`),
 * `{#if}`/`{#each}` blocks and class arrays (`class={[…]}`, Svelte 5.16+).
 */

const STYLE: RefStyle = { ref: plainRef, absent: 'undefined' };

export function renderSvelte(c: LibraryComponent): string {
  const script: string[] = [];
  const snippets = c.props.some((p) => p.type === 'node');
  if (snippets) script.push("import type { Snippet } from 'svelte';", '');
  if (c.props.length > 0) {
    script.push('interface Props {');
    for (const p of c.props) {
      const type = p.type === 'node' ? 'Snippet' : p.type === 'callback' ? callbackTs(p) : valueTs(p);
      script.push(`  ${docComment(p.description)}`, `  ${p.name}${isValueProp(p) && p.required ? '' : '?'}: ${type};`);
    }
    script.push('}', '');
    const params = c.props.map((p) => (isValueProp(p) && p.default !== undefined ? `${p.name} = ${jsValue(p.default)}` : p.name));
    const oneLine = `let { ${params.join(', ')} }: Props = $props();`;
    script.push(...(oneLine.length <= 98 ? [oneLine] : ['let {', ...indent(paramLines(c)), '}: Props = $props();']));
  }
  if (c.state?.length) {
    script.push('');
    for (const s of c.state) {
      // seeded by a prop: a writable $derived (Svelte 5.25+) follows the prop and can be set in between
      if (typeof s.initial === 'object') script.push(`let ${s.name} = $derived<${s.type}>(${s.initial.prop});`);
      else script.push(`let ${s.name} = $state<${s.type}>(${literalExpr(s.initial)});`);
    }
  }
  const markup = new SvelteWriter().element(c.markup, false);
  const head = script.length ? ['<script lang="ts">', ...indent(script), '</script>', ''] : [];
  return [...head, ...markup, ''].join('\n');
}

class SvelteWriter {
  nodes(nodes: MarkupNode[], inline: boolean): string[] {
    if (inline) return [nodes.map((n) => this.node(n, true).join('')).join('')];
    return nodes.flatMap((n) => this.node(n, false));
  }

  node(n: MarkupNode, inline: boolean): string[] {
    if (isElement(n)) return this.element(n, inline);
    if (isIf(n)) return this.ifNode(n, inline);
    if (isEach(n)) return this.each(n, inline);
    if (isSlot(n)) return this.slot(n, inline);
    return [typeof n.text === 'string' ? braceEntities(htmlText(n.text)) : `{${valueExpr(n.text, STYLE)}}`];
  }

  element(el: ElementNode, inline: boolean): string[] {
    const attrs: string[] = [];
    for (const [name, v] of Object.entries(el.attrs ?? {})) attrs.push(v === true ? name : `${name}="${braceEntities(htmlAttr(v))}"`);
    const base = el.class?.trim().replace(/\s+/g, ' ');
    if (el.classWhen?.length) {
      const parts = [...(base ? [jsClasses(base)] : []), ...el.classWhen.map((cw) => `${condExpr(cw.when, STYLE)} && ${jsClasses(cw.class.trim().replace(/\s+/g, ' '))}`)];
      attrs.push(listAttr('class={[', parts, ']}', inline));
    } else if (base) {
      attrs.push(`class="${base}"`);
    }
    for (const [name, b] of Object.entries(el.bind ?? {})) attrs.push(`${name}={${boundExpr(b, STYLE)}}`);
    const byEvent = new Map<string, Handler[]>();
    for (const h of el.on ?? []) byEvent.set(h.event, [...(byEvent.get(h.event) ?? []), h]);
    for (const [event, hs] of byEvent) attrs.push(this.handler(event, hs, inline));
    const children = el.children ?? [];
    const inlineBody = holdsText(children);
    return layoutElement({
      tag: el.tag, attrs, body: children.length ? this.nodes(children, inline || inlineBody) : [], inlineBody, inline,
      isVoid: isVoidTag(el.tag), voidEnd: ' />', emptyEnd: `></${el.tag}>`,
    });
  }

  private handler(event: string, hs: Handler[], inline: boolean): string {
    const needsEvent = hs.some((h) => h.key !== undefined || h.prevent || h.do.some(usesEvent));
    const param = needsEvent ? '(event)' : '()';
    if (hs.length === 1 && !hs[0]!.key && !hs[0]!.prevent && hs[0]!.do.length === 1) {
      const only = hs[0]!.do[0]!;
      // an assignment as an arrow's body is wrapped, as Prettier writes it
      return `on${event}={${param} => ${'call' in only ? this.action(only) : `(${this.action(only)})`}}`;
    }
    const body: string[] = [];
    for (const h of hs) {
      const stmts = [...(h.prevent ? ['event.preventDefault();'] : []), ...h.do.map((a) => `${this.action(a)};`)];
      body.push(...(h.key ? [`if (event.key === ${literalExpr(h.key)}) {`, ...indent(stmts), '}'] : stmts));
    }
    return inline ? `on${event}={${param} => { ${body.join(' ')} }}` : [`on${event}={${param} => {`, ...indent(body), '}}'].join('\n');
  }

  private action(a: Action): string {
    if ('call' in a) return `${a.call}?.(${a.with === undefined ? '' : arg(a.with)})`;
    if ('set' in a) return `${a.set} = ${arg(a.to)}`;
    if (a.value === undefined) return `${a.toggle} = !${a.toggle}`;
    const v = arg(a.value);
    return `${a.toggle} = ${a.toggle} === ${v} ? ${literalExpr(a.off!)} : ${v}`;
  }

  private block(open: string, parts: [string, MarkupNode[]][], close: string, inline: boolean): string[] {
    const text = inline || parts.some(([, nodes]) => holdsText(nodes));
    if (text) return [`${open}${parts.map(([mid, nodes], i) => (i === 0 ? '' : mid) + this.nodes(nodes, true)[0]).join('')}${close}`];
    const out = [open];
    parts.forEach(([mid, nodes], i) => {
      if (i > 0) out.push(mid);
      out.push(...indent(this.nodes(nodes, false)));
    });
    out.push(close);
    return out;
  }

  private ifNode(n: IfNode, inline: boolean): string[] {
    const parts: [string, MarkupNode[]][] = [['', n.then], ...(n.else ? [['{:else}', n.else] as [string, MarkupNode[]]] : [])];
    return this.block(`{#if ${condExpr(n.if, STYLE)}}`, parts, '{/if}', inline);
  }

  private each(n: EachNode, inline: boolean): string[] {
    const index = n.index ? `, ${n.index}` : '';
    const key = n.key !== undefined ? ` (${n.as}.${n.key})` : '';
    return this.block(`{#each ${STYLE.ref(n.each)} as ${n.as}${index}${key}}`, [['', n.children]], '{/each}', inline);
  }

  private slot(n: SlotNode, inline: boolean): string[] {
    if (!n.fallback?.length) return [`{@render ${n.slot}?.()}`];
    const text = inline || holdsText(n.fallback);
    const fb = this.nodes(n.fallback, text);
    if (text) return [`{#if ${n.slot}}{@render ${n.slot}()}{:else}${fb[0]}{/if}`];
    return [`{#if ${n.slot}}`, `  {@render ${n.slot}()}`, '{:else}', ...indent(fb), '{/if}'];
  }
}

function usesEvent(a: Action): boolean {
  return ('call' in a && isEventArg(a.with)) || ('set' in a && isEventArg(a.to));
}

function arg(v: Parameters<typeof valueExpr>[0] | { event: 'value' | 'checked' }): string {
  if (isEventArg(v)) return `event.currentTarget.${v.event}`;
  return isRef(v) ? STYLE.ref(v) : valueExpr(v, STYLE);
}
