import type { Document, Element, Node } from 'happy-dom';
import { parse, type DefaultTreeAdapterTypes as P, type ParserError } from 'parse5';

/**
 * HTML text → a happy-dom document that knows where each element came from. parse5 parses (the WHATWG
 * algorithm, with source offsets); the DOM is then built node by node from its tree, so each element maps to
 * its start tag exactly, with no second parse to match against (happy-dom's own parser is not spec-exact).
 */

export interface SourcePos {
  line: number;
  column: number;
}

export interface ParsedHtml {
  /** parse5's tree (the document, with implied html/head/body for a fragment). */
  tree: P.Document;
  /** Whether the text has its own `<html>` tag: a whole page, not a component's markup. */
  isDocument: boolean;
  /** Why the text is not HTML one can judge (it ends inside a tag, a comment, a doctype…), with line:column. */
  fatal?: string;
}

/** Errors after which the rest of the text is lost or swallowed: a truncated file, not a sloppy one. */
const FATAL: Readonly<Record<string, string>> = {
  'eof-in-tag': 'the text ends inside a tag',
  'eof-before-tag-name': 'the text ends after "<"',
  'eof-in-comment': 'the text ends inside a comment',
  'eof-in-doctype': 'the text ends inside the doctype',
  'eof-in-cdata': 'the text ends inside a CDATA section',
  'eof-in-script-html-comment-like-text': 'the text ends inside a script',
  'eof-in-element-that-can-contain-only-text': 'a <script>, <style>, <textarea> or <title> is never closed',
};

export function parseHtml(code: string): ParsedHtml {
  let fatal: ParserError | undefined;
  const tree = parse(code, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => {
      if (!fatal && Object.hasOwn(FATAL, e.code)) fatal = e;
    },
  });
  const html = tree.childNodes.find((n): n is P.Element => n.nodeName === 'html');
  const isDocument = html?.sourceCodeLocation?.startTag !== undefined;
  return { tree, isDocument, ...(fatal ? { fatal: `${fatal.code}: ${FATAL[fatal.code]} (${fatal.startLine}:${fatal.startCol})` } : {}) };
}

const isElement = (n: P.Node): n is P.Element => 'tagName' in n;

/** Where parse5 saw the element's start tag; for an implied one (a <tbody> the parser added), its nearest written ancestor's. */
function positionOf(el: P.Element): SourcePos | undefined {
  for (let n: P.ParentNode | null = el; n && isElement(n); n = n.parentNode) {
    const tag = n.sourceCodeLocation?.startTag;
    if (tag) return { line: tag.startLine, column: tag.startCol };
  }
  return undefined;
}

function createElement(doc: Document, el: P.Element): Element {
  try {
    return doc.createElementNS(el.namespaceURI, el.tagName);
  } catch {
    // a name the HTML parser accepts but the DOM API refuses (e.g. <my:tag>): a generic element in its place
    return doc.createElement('span');
  }
}

function setAttributes(target: Element, el: P.Element): void {
  for (const a of el.attrs) {
    try {
      if (a.namespace) target.setAttributeNS(a.namespace, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
      else target.setAttribute(a.name, a.value);
    } catch {
      // a framework attribute the DOM API refuses (@click, [prop], (event)): axe-core has nothing to check in it
    }
  }
}

function appendChildren(doc: Document, from: P.ParentNode, to: Node, where: WeakMap<object, SourcePos>): void {
  const kids = from.nodeName === 'template' ? (from as P.Template).content.childNodes : from.childNodes;
  const into = from.nodeName === 'template' ? ((to as unknown as { content: Node }).content ?? to) : to;
  for (const child of kids) {
    if (child.nodeName === '#text') into.appendChild(doc.createTextNode((child as P.TextNode).value));
    else if (isElement(child)) {
      const el = createElement(doc, child);
      setAttributes(el, child);
      const pos = positionOf(child);
      if (pos) where.set(el, pos);
      appendChildren(doc, child, el, where);
      into.appendChild(el);
    }
    // comments and doctypes: nothing axe-core checks
  }
}

/**
 * Replaces `doc`'s content with parse5's tree and returns where each element's start tag is. The children are
 * built before their element is attached, so the document takes each finished subtree in one insertion.
 */
export function loadInto(doc: Document, tree: P.Document): WeakMap<object, SourcePos> {
  const where = new WeakMap<object, SourcePos>();
  for (const old of [...doc.childNodes]) doc.removeChild(old);
  appendChildren(doc, tree, doc, where);
  return where;
}
