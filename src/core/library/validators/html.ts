import { type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, ErrorCodes, Parser, type Token, defaultTreeAdapter } from 'parse5';
import type { ValidationResult } from './result';

type Node = DefaultTreeAdapterTypes.Node;

// their end tags only move the parser between document sections
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

// elements HTML lets end without an end tag (void, or optional end tags)
const NO_END_TAG = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody',
  'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp',
]);

/** parse5's parser, remembering every end tag it reads: the tree tells which of them closed an element. */
class EndTags extends Parser<DefaultTreeAdapterMap> {
  readonly seen: Token.TagToken[] = [];

  override onEndTag(token: Token.TagToken): void {
    this.seen.push(token);
    super.onEndTag(token);
  }
}

/**
 * HTML through parse5 (the HTML standard's parser): its parse errors (a missing doctype aside, so
 * fragments pass), elements the parser had to close itself, and end tags it had to ignore (parse5
 * drops those silently). Inline `on*` handlers are warnings.
 */
export function validateHtml(code: string): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const parser = new EndTags({
    treeAdapter: defaultTreeAdapter,
    sourceCodeLocationInfo: true,
    onParseError: (e) => {
      if (e.code !== ErrorCodes.missingDoctype) errors.push(`${e.startLine}:${e.startCol}: ${e.code}`);
    },
  });
  parser.tokenizer.write(code, true);
  const doc = parser.document;
  const closing = new Set<number>();
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const loc = node.sourceCodeLocation;
      if (loc?.endTag) closing.add(loc.endTag.startOffset);
      const start = loc?.startTag;
      const selfClosed = start && code.slice(start.endOffset - 2, start.endOffset) === '/>';
      if (start && !loc.endTag && !selfClosed && !NO_END_TAG.has(node.tagName)) errors.push(`${start.startLine}:${start.startCol}: <${node.tagName}> is not closed`);
      for (const a of node.attrs) {
        if (/^on/i.test(a.name) && start) warnings.push(`${start.startLine}:${start.startCol}: inline handler ${a.name} on <${node.tagName}>`);
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) visit(node.content);
  };
  visit(doc);
  for (const t of parser.seen) {
    const loc = t.location;
    if (loc && !closing.has(loc.startOffset) && !DOCUMENT_TAGS.has(t.tagName)) errors.push(`${loc.startLine}:${loc.startCol}: </${t.tagName}> closes no open element`);
  }
  return { ok: errors.length === 0, errors, warnings, a11y: [] };
}
