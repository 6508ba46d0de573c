import { TmplAstRecursiveVisitor, parseTemplate, tmplAstVisitAll, type TmplAstElement } from '@angular/compiler';
import ts from 'typescript';
import { calleeName, exportOf, laterExports, literalText, property } from './script';
import { type AngularTemplate, type Component, type LineIndex, baseName, component, errorMessage } from './types';

/**
 * Angular components in a parsed .ts module: classes decorated with `@Component({…})`. The range is
 * the class with its decorators. An inline `template` is parsed with Angular's own template parser
 * (its errors point into the .ts file); a `templateUrl` is recorded as written.
 */
export function angularComponents(sf: ts.SourceFile, file: string, lines: LineIndex): { components: Component[]; errors: string[] } {
  const components: Component[] = [];
  const errors: string[] = [];
  const exportsByName = laterExports(sf);

  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node)) {
      const meta = componentMetadata(node);
      if (meta) {
        const name = node.name?.text ?? baseName(file);
        const selector = literalText(property(meta, 'selector'));
        const template = templateOf(meta, file, lines, errors);
        const own = exportOf(node);
        const later = node.name ? exportsByName.get(node.name.text) : undefined;
        components.push(
          component(file, lines, node.getStart(sf), node.getEnd(), {
            name,
            framework: 'angular',
            kind: 'class',
            exported: own === 'default' || later === 'default' ? 'default' : own || (later ?? false),
            ...(selector !== undefined ? { selector } : {}),
            ...(template ? { template } : {}),
          }),
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { components, errors };
}

/** The object literal of `@Component({…})` (also `@ng.Component({…})`), if the class has one. */
function componentMetadata(node: ts.ClassDeclaration): ts.ObjectLiteralExpression | undefined {
  for (const d of ts.getDecorators(node) ?? []) {
    const call = d.expression;
    if (ts.isCallExpression(call) && calleeName(call) === 'Component') {
      const arg = call.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) return arg;
    }
  }
  return undefined;
}

function templateOf(meta: ts.ObjectLiteralExpression, file: string, lines: LineIndex, errors: string[]): AngularTemplate | undefined {
  const url = literalText(property(meta, 'templateUrl'));
  if (url !== undefined) return { kind: 'url', path: url };
  const node = property(meta, 'template');
  const source = literalText(node);
  if (node === undefined || source === undefined) return undefined;
  return { kind: 'inline', source, elements: templateElements(node, file, lines, errors) };
}

/**
 * Parses the template where it stands in the file (as Angular's language service does: a range of
 * the file, with JavaScript escapes), so error spans are file offsets; returns its element names.
 */
function templateElements(literal: ts.Expression, file: string, lines: LineIndex, errors: string[]): string[] {
  const startPos = literal.getStart() + 1; // after the opening quote
  const start = lines.position(startPos);
  try {
    const parsed = parseTemplate(lines.text, file, {
      range: { startPos, startLine: start.line, startCol: start.character, endPos: literal.getEnd() - 1 },
      escapedString: true,
      preserveWhitespaces: false,
      alwaysAttemptHtmlToR3AstConversion: true, // elements even when the template has errors
    });
    for (const e of parsed.errors ?? []) {
      errors.push(lines.located(file, e.span.start.offset, `Angular template: ${e.msg}`));
    }
    const names = new ElementNames();
    tmplAstVisitAll(names, parsed.nodes);
    return [...names.seen];
  } catch (e) {
    errors.push(lines.located(file, startPos, `Angular template: ${errorMessage(e)}`));
    return [];
  }
}

/** Distinct element names in document order: custom ones (`app-card`) are the child components. */
class ElementNames extends TmplAstRecursiveVisitor {
  readonly seen = new Set<string>();

  override visitElement(element: TmplAstElement): void {
    this.seen.add(element.name);
    super.visitElement(element);
  }
}
