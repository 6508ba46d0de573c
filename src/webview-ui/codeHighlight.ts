
/// <reference lib="dom" />
import type { Framework } from '../core/frameworks';
import hljs from 'highlight.js/lib/core';
import css from 'highlight.js/lib/languages/css';
import javascript from 'highlight.js/lib/languages/javascript';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
/**
 * Syntax highlighting of generated code with highlight.js (only the grammars we need). Its output
 * is parsed inert (DOMParser) and rebuilt from text nodes and <span class="hljs-…"> only, so nothing
 * but highlighting can reach the page, whatever the code contains.
 */
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('xml', xml);
hljs.registerLanguage('css', css);

const LANGUAGE: Record<Framework, string> = { react: 'typescript', angular: 'typescript', vue: 'xml', svelte: 'xml', html: 'xml' };

export function highlightCode(doc: Document, code: string, framework: Framework): DocumentFragment {
  const html = hljs.highlight(code, { language: LANGUAGE[framework], ignoreIllegals: true }).value;
  const Parser = (doc.defaultView)?.DOMParser ?? DOMParser;
  const parsed = new Parser().parseFromString(`<pre>${html}</pre>`, 'text/html').body.firstChild;
  const out = doc.createDocumentFragment();
  if (parsed) for (const n of [...parsed.childNodes]) copySafe(doc, n, out);
  return out;
}

function copySafe(doc: Document, node: Node, into: Node): void {
  if (node.nodeType === 3) {
    into.appendChild(doc.createTextNode(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => /^hljs-[a-z_-]+$/.test(c) || /^[a-z_]+_$/.test(c));
  const target: Node = el.tagName === 'SPAN' && cls.length ? Object.assign(doc.createElement('span'), { className: cls.join(' ') }) : doc.createDocumentFragment();
  for (const c of [...el.childNodes]) copySafe(doc, c, target);
  into.appendChild(target);
}
