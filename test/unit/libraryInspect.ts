import {
  CombinedRecursiveAstVisitor, LiteralPrimitive, ImplicitReceiver, parseTemplate,
  type ASTWithSource, type PropertyRead, type TmplAstBoundAttribute, type TmplAstBoundText, type TmplAstElement, type TmplAstNode, type TmplAstText,
  type TmplAstTextAttribute,
} from '@angular/compiler';
import { parse as parseSfc } from '@vue/compiler-sfc';
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { parse as parseSvelte } from 'svelte/compiler';
import ts from 'typescript';

/**
 * What each target's own parser sees in a rendered file, for the escaping tests: the texts and
 * attribute values that reached the page as text, the identifiers that reached it as code, and the
 * element names. A hostile string must land in the first, never in the other two.
 */
export interface Seen {
  texts: string[];
  attrs: Map<string, string[]>;
  identifiers: Set<string>;
  elements: Set<string>;
  /** String literals in script code (prop defaults, handler arguments). */
  literals: string[];
}

const empty = (): Seen => ({ texts: [], attrs: new Map(), identifiers: new Set(), elements: new Set(), literals: [] });
const addAttr = (s: Seen, name: string, value: string): void => void s.attrs.set(name, [...(s.attrs.get(name) ?? []), value]);

/** TypeScript/TSX code: identifiers, string literals, JSX texts, JSX attributes and elements. */
export function inspectScript(code: string, tsx: boolean, into = empty()): Seen {
  const sf = ts.createSourceFile(tsx ? 'x.tsx' : 'x.ts', code, ts.ScriptTarget.Latest, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) into.identifiers.add(n.text);
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) into.literals.push(n.text);
    if (ts.isJsxText(n) && n.text.trim() !== '') into.texts.push(n.text.trim());
    if (ts.isJsxExpression(n) && n.expression && ts.isStringLiteral(n.expression) && ts.isJsxElement(n.parent)) into.texts.push(n.expression.text);
    if (ts.isJsxOpeningElement(n) || ts.isJsxSelfClosingElement(n)) into.elements.add(n.tagName.getText(sf));
    if (ts.isJsxAttribute(n) && n.initializer) {
      const init = n.initializer;
      const value = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression) ? init.expression.text : undefined;
      if (value !== undefined) addAttr(into, n.name.getText(sf), value);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return into;
}

/** Identifiers in a JavaScript expression or statement list (a template's bound expression). */
function expressionIdentifiers(code: string, into: Seen): void {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) into.identifiers.add(n.text);
    if (ts.isStringLiteral(n)) into.literals.push(n.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

type P5Node = DefaultTreeAdapterTypes.Node;

export function inspectHtml(code: string): Seen {
  const s = empty();
  const visit = (n: P5Node): void => {
    if ('tagName' in n) {
      s.elements.add(n.tagName);
      for (const a of n.attrs) addAttr(s, a.name, a.value);
    }
    if (n.nodeName === '#text' && 'value' in n && n.value.trim() !== '') s.texts.push(n.value.trim());
    if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(parseFragment(code));
  return s;
}

interface VueNode {
  type: number;
  tag?: string;
  content?: string | { content?: string };
  props?: { type: number; name: string; value?: { content: string }; exp?: { content: string } }[];
  children?: VueNode[];
}

export function inspectVue(code: string): Seen {
  const { descriptor } = parseSfc(code, { filename: 'X.vue' });
  const s = inspectScript(descriptor.scriptSetup?.content ?? '', false);
  const visit = (n: VueNode): void => {
    if (n.type === 1 && n.tag) s.elements.add(n.tag);
    if (n.type === 2 && typeof n.content === 'string' && n.content.trim() !== '') s.texts.push(n.content.trim());
    if (n.type === 5 && typeof n.content === 'object' && n.content.content) expressionIdentifiers(n.content.content, s);
    for (const p of n.props ?? []) {
      if (p.type === 6 && p.value) addAttr(s, p.name, p.value.content);
      if (p.type === 7 && p.exp) expressionIdentifiers(p.exp.content, s);
    }
    n.children?.forEach(visit);
  };
  visit(descriptor.template!.ast as unknown as VueNode);
  return s;
}

export function inspectSvelte(code: string): Seen {
  const ast = parseSvelte(code, { modern: true });
  const s = empty();
  const walk = (v: unknown, inScript: boolean): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, inScript));
    if (v === null || typeof v !== 'object') return;
    const n = v as Record<string, unknown>;
    if (n.type === 'Identifier' && typeof n.name === 'string') s.identifiers.add(n.name);
    if (n.type === 'Literal' && typeof n.value === 'string') s.literals.push(n.value);
    if (n.type === 'RegularElement' && typeof n.name === 'string') s.elements.add(n.name);
    if (n.type === 'Text' && !inScript && typeof n.data === 'string' && n.data.trim() !== '') s.texts.push(n.data.trim());
    if (n.type === 'Attribute' && Array.isArray(n.value)) {
      const texts = (n.value as Record<string, unknown>[]).filter((x) => x.type === 'Text');
      if (texts.length === (n.value as unknown[]).length) addAttr(s, String(n.name), texts.map((t) => String(t.data)).join(''));
    }
    for (const [k, child] of Object.entries(n)) if (k !== 'parent') walk(child, inScript || n.type === 'Script');
  };
  walk(ast, false);
  return s;
}

class AngularSeen extends CombinedRecursiveAstVisitor {
  constructor(readonly s: Seen) {
    super();
  }

  override visitPropertyRead(ast: PropertyRead, context: unknown): void {
    if (ast.receiver instanceof ImplicitReceiver) this.s.identifiers.add(ast.name);
    super.visitPropertyRead(ast, context);
  }

  override visitLiteralPrimitive(ast: LiteralPrimitive, context: unknown): void {
    if (typeof ast.value === 'string') this.s.literals.push(ast.value);
    super.visitLiteralPrimitive(ast, context);
  }

  override visitElement(el: TmplAstElement): void {
    this.s.elements.add(el.name);
    super.visitElement(el);
  }

  override visitText(text: TmplAstText): void {
    if (text.value.trim() !== '') this.s.texts.push(text.value.trim());
  }

  override visitBoundText(text: TmplAstBoundText): void {
    // `{{ '…' }}`: a string written as an interpolated literal is text too
    const ast = (text.value as ASTWithSource).ast as unknown as { expressions?: unknown[] };
    const only = ast.expressions?.length === 1 ? ast.expressions[0] : undefined;
    if (only instanceof LiteralPrimitive && typeof only.value === 'string') this.s.texts.push(only.value);
    super.visitBoundText(text);
  }

  override visitTextAttribute(a: TmplAstTextAttribute): void {
    addAttr(this.s, a.name, a.value);
  }

  override visitBoundAttribute(a: TmplAstBoundAttribute): void {
    const value = (a.value as ASTWithSource).ast;
    if (value instanceof LiteralPrimitive && typeof value.value === 'string') addAttr(this.s, a.name, value.value);
    super.visitBoundAttribute(a);
  }

  run(nodes: TmplAstNode[]): void {
    this.visitAllTemplateNodes(nodes);
  }
}

export function inspectAngular(code: string): Seen {
  const s = inspectScript(code, false);
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  let template: string | undefined;
  const find = (n: ts.Node): void => {
    if (ts.isPropertyAssignment(n) && n.name.getText(sf) === 'template' && ts.isNoSubstitutionTemplateLiteral(n.initializer)) template = n.initializer.text;
    ts.forEachChild(n, find);
  };
  find(sf);
  // the template's text is also a string literal of the class file: it is not page text
  s.literals = s.literals.filter((l) => l !== template);
  const parsed = parseTemplate(template ?? '', 'x.html', { preserveWhitespaces: false });
  new AngularSeen(s).run(parsed.nodes);
  return s;
}
