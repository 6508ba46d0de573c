import { ErrorCodes, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { type Component, type ExtractResult, type LineIndex, baseName, component, errorMessage } from './types';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** Sectioning and landmark elements: with an id, each is a section component. */
const LANDMARK_TAGS = new Set(['header', 'nav', 'main', 'aside', 'footer', 'section', 'article']);
const LANDMARK_ROLES = new Set(['banner', 'navigation', 'main', 'complementary', 'contentinfo', 'region', 'search', 'form']);
/** Elements that need no end tag (void) or may leave it out (HTML's optional end tags). */
const NO_END_TAG = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody',
  'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp',
]);

/**
 * An HTML page, parsed by parse5 (the HTML standard's algorithm, with source locations):
 * - its body is one component (kind `template`) named after the file: `<body …>…</body>` when the
 *   tags are written, else the span of what the parser put in the body (a fragment file);
 * - each section is another (kind `section`): an element with a `data-component` attribute (its
 *   value names it) or the class `component`, or a landmark (header, nav, main, aside, footer,
 *   section, article, or a landmark `role`) with an id (which names it). Only the outermost count,
 *   so sections never overlap one another.
 * parse5 never fails; its tokenizer errors and elements left unclosed are reported as errors.
 */
export function extractHtml(file: string, lines: LineIndex): ExtractResult {
  const errors: string[] = [];
  const components: Component[] = [];
  let doc: DefaultTreeAdapterTypes.Document;
  try {
    doc = parse(lines.text, {
      sourceCodeLocationInfo: true,
      onParseError: (e) => {
        if (e.code !== ErrorCodes.missingDoctype) errors.push(lines.located(file, e.startOffset, `HTML: ${e.code}`));
      },
    });
  } catch (e) {
    return { components, errors: [lines.located(file, 0, errorMessage(e))] };
  }
  const body = findElement(doc, 'body');
  if (!body) return { components, errors };

  const span = bodySpan(body);
  if (span) {
    components.push(component(file, lines, span[0], span[1], { name: baseName(file), framework: 'html', kind: 'template', exported: false }));
  }
  let unnamed = 0;
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    const loc = node.sourceCodeLocation;
    if (loc && isSection(node)) {
      const name = attr(node, 'data-component') || attr(node, 'id') || `${node.tagName}-${++unnamed}`;
      components.push(component(file, lines, loc.startOffset, loc.endOffset, { name, framework: 'html', kind: 'section', exported: false }));
      return;
    }
    node.childNodes.forEach(visit);
  };
  body.childNodes.forEach(visit);
  unclosed(doc, file, lines, errors);
  return { components, errors };
}

function bodySpan(body: Element): [number, number] | undefined {
  const loc = body.sourceCodeLocation;
  if (loc) return [loc.startOffset, loc.endOffset];
  // no <body> tag: from the first to the last located, non-blank child
  const located = body.childNodes.filter((n) => n.sourceCodeLocation && !(n.nodeName === '#text' && 'value' in n && n.value.trim() === ''));
  const first = located[0]?.sourceCodeLocation;
  const last = located[located.length - 1]?.sourceCodeLocation;
  return first && last ? [first.startOffset, last.endOffset] : undefined;
}

function isSection(el: Element): boolean {
  if (attr(el, 'data-component') !== undefined) return true;
  if ((attr(el, 'class') ?? '').split(/\s+/).includes('component')) return true;
  const landmark = LANDMARK_TAGS.has(el.tagName) || LANDMARK_ROLES.has(attr(el, 'role') ?? '');
  return landmark && !!attr(el, 'id');
}

/** Elements whose end tag is required but missing: parse5 closes them silently. */
function unclosed(node: Node, file: string, lines: LineIndex, errors: string[]): void {
  if (isElement(node)) {
    const loc = node.sourceCodeLocation;
    const start = loc?.startTag;
    const selfClosed = start && lines.text.slice(start.endOffset - 2, start.endOffset) === '/>';
    if (start && !loc.endTag && !selfClosed && !NO_END_TAG.has(node.tagName)) {
      errors.push(lines.located(file, start.startOffset, `HTML: <${node.tagName}> is not closed`));
    }
  }
  if ('childNodes' in node) for (const c of node.childNodes) unclosed(c, file, lines, errors);
}

function findElement(node: Node, tag: string): Element | undefined {
  if (isElement(node) && node.tagName === tag) return node;
  if (!('childNodes' in node)) return undefined;
  for (const c of node.childNodes) {
    const found = findElement(c, tag);
    if (found) return found;
  }
  return undefined;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}
