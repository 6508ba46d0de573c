import ts from 'typescript';
import type { LineIndex } from './types';

/** .js files are parsed as JSX: React projects often write JSX in them, and plain JS parses the same. */
export function scriptKind(ext: string): ts.ScriptKind {
  switch (ext) {
    case '.tsx':
      return ts.ScriptKind.TSX;
    case '.ts':
    case '.mts':
    case '.cts':
      return ts.ScriptKind.TS;
    default:
      return ts.ScriptKind.JSX;
  }
}

/** A syntax tree without a program: parsing only, no type checking, no I/O. */
export function parseScript(fileName: string, text: string, kind: ts.ScriptKind): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

/** The parser's syntax errors. `parseDiagnostics` is internal but long-lived; a program would cost a full type check. */
export function syntaxErrors(sf: ts.SourceFile, file: string, lines: LineIndex, offset = 0): string[] {
  const diags = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  return diags.map((d) => lines.located(file, offset + (d.start ?? 0), ts.flattenDiagnosticMessageText(d.messageText, ' ')));
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false);
}

/** `export` → true, `export default` → 'default'. */
export function exportOf(node: ts.Node): boolean | 'default' {
  if (!hasModifier(node, ts.SyntaxKind.ExportKeyword)) return false;
  return hasModifier(node, ts.SyntaxKind.DefaultKeyword) ? 'default' : true;
}

/** Names exported elsewhere in the module: `export { A, B as default }`, `export default A`. */
export function laterExports(sf: ts.SourceFile): Map<string, true | 'default'> {
  const out = new Map<string, true | 'default'>();
  for (const st of sf.statements) {
    if (ts.isExportAssignment(st) && !st.isExportEquals && ts.isIdentifier(st.expression)) {
      out.set(st.expression.text, 'default');
    } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        const local = (el.propertyName ?? el.name).getText(sf);
        if (el.name.getText(sf) === 'default') out.set(local, 'default');
        else if (!out.has(local)) out.set(local, true);
      }
    }
  }
  return out;
}

/** A string written literally: '…', "…" or `…` without substitutions. */
export function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** The value node of `key` in an object literal, if written as `key: value`. */
export function property(obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key) {
      return p.initializer;
    }
  }
  return undefined;
}

/** The called name: `f(…)` → f, `React.f(…)` → f. */
export function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}
