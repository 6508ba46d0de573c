import {
  CombinedRecursiveAstVisitor, ImplicitReceiver, ThisReceiver, parseTemplate,
  type PropertyRead, type SafePropertyRead, type TmplAstForLoopBlock, type TmplAstLetDeclaration, type TmplAstNode, type TmplAstReference, type TmplAstVariable,
} from '@angular/compiler';
import os from 'node:os';
import ts from 'typescript';
import { ANGULAR_STUBS } from './angular-stubs';
import type { ValidationResult } from './result';
import { baseOptions, checkInMemory, splitDiagnostics } from './tsprogram';

/**
 * An Angular component file: the TypeScript compiler type-checks the class (decorators, signal
 * inputs/outputs, state) against stubs of @angular/core; each `@Component`'s inline template is
 * parsed by @angular/compiler's `parseTemplate` (its errors located in the .ts file), and every
 * name the template reads must be a member of the class or a template variable.
 */

const OPTIONS = baseOptions({ experimentalDecorators: true, useDefineForClassFields: false });

// what Angular's templates provide besides the class: $event, $any, @for's context
const TEMPLATE_GLOBALS = new Set(['$event', '$any', '$index', '$first', '$last', '$even', '$odd', '$count', '$implicit', 'undefined', 'this']);

export function validateAngular(code: string, fileName = 'component.ts', opts: { typeCheck?: boolean } = {}): ValidationResult {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const syntax = (sf as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? [];
  if (syntax.length > 0) return { ok: false, ...splitDiagnostics(syntax), a11y: [] };
  const errors: string[] = [];
  const warnings: string[] = [];
  if (opts.typeCheck !== false) {
    // the root only anchors the virtual files: every import is stubbed or reported unresolved
    const checked = splitDiagnostics(checkInMemory(os.tmpdir(), fileName, code, OPTIONS, { 'angular-stubs.d.ts': ANGULAR_STUBS }).diagnostics);
    errors.push(...checked.errors);
    warnings.push(...checked.warnings);
  }
  let components = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node)) {
      const meta = componentMetadata(node);
      if (meta) {
        components++;
        checkTemplate(node, meta, sf, fileName, errors, warnings);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (components === 0) errors.push('no class decorated with @Component({...})');
  return { ok: errors.length === 0, errors, warnings, a11y: [] };
}

function componentMetadata(node: ts.ClassDeclaration): ts.ObjectLiteralExpression | undefined {
  for (const d of ts.getDecorators(node) ?? []) {
    const call = d.expression;
    if (!ts.isCallExpression(call)) continue;
    const callee = call.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    const arg = call.arguments[0];
    if (name === 'Component' && arg && ts.isObjectLiteralExpression(arg)) return arg;
  }
  return undefined;
}

function property(obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key) return p.initializer;
  }
  return undefined;
}

function at(sf: ts.SourceFile, offset: number): string {
  const { line, character } = sf.getLineAndCharacterOfPosition(offset);
  return `${line + 1}:${character + 1}`;
}

function checkTemplate(cls: ts.ClassDeclaration, meta: ts.ObjectLiteralExpression, sf: ts.SourceFile, fileName: string, errors: string[], warnings: string[]): void {
  const where = at(sf, cls.getStart(sf));
  if (property(meta, 'selector') === undefined) warnings.push(`${where}: @Component has no selector (only routable components do without)`);
  const literal = property(meta, 'template');
  if (literal === undefined) {
    if (property(meta, 'templateUrl') !== undefined) warnings.push(`${where}: templateUrl: the template file is not checked`);
    else errors.push(`${where}: @Component has neither template nor templateUrl`);
    return;
  }
  if (!ts.isStringLiteral(literal) && !ts.isNoSubstitutionTemplateLiteral(literal)) {
    errors.push(`${at(sf, literal.getStart(sf))}: the template must be a string literal without \${} (Angular compiles it ahead of time)`);
    return;
  }
  // parsed where it stands, with JavaScript escapes, so error offsets are the file's (as extraction does)
  const startPos = literal.getStart(sf) + 1;
  const start = sf.getLineAndCharacterOfPosition(startPos);
  const parsed = parseTemplate(sf.text, fileName, {
    range: { startPos, startLine: start.line, startCol: start.character, endPos: literal.getEnd() - 1 },
    escapedString: true,
    preserveWhitespaces: false,
  });
  for (const e of parsed.errors ?? []) errors.push(`${at(sf, e.span.start.offset)}: ${e.msg.split('\n')[0]}`);
  if (parsed.errors?.length) return;
  const names = new TemplateNames();
  names.collect(parsed.nodes);
  if (cls.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) return; // inherited members are not known here
  const members = classMembers(cls);
  for (const [name, offset] of names.reads) {
    if (!members.has(name) && !names.declared.has(name) && !TEMPLATE_GLOBALS.has(name)) {
      errors.push(`${at(sf, offset)}: the template reads "${name}", which ${cls.name?.text ?? 'the class'} does not declare`);
    }
  }
}

function classMembers(cls: ts.ClassDeclaration): Set<string> {
  const out = new Set<string>();
  for (const m of cls.members) {
    if (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isPrivateIdentifier(m.name))) out.add(m.name.text);
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) {
        if (ts.getModifiers(p)?.length && ts.isIdentifier(p.name)) out.add(p.name.text);
      }
    }
  }
  return out;
}

/** Names read from the component (implicit receiver) and names the template declares (@for items, @let, #refs, aliases). */
class TemplateNames extends CombinedRecursiveAstVisitor {
  readonly reads = new Map<string, number>();
  readonly declared = new Set<string>();

  collect(nodes: TmplAstNode[]): void {
    this.visitAllTemplateNodes(nodes);
  }

  override visitForLoopBlock(block: TmplAstForLoopBlock): void {
    super.visitForLoopBlock(block);
    // the track expression reads the component too
    this.visit(block.trackBy);
  }

  override visitPropertyRead(ast: PropertyRead, context: unknown): void {
    this.read(ast);
    super.visitPropertyRead(ast, context);
  }

  override visitSafePropertyRead(ast: SafePropertyRead, context: unknown): void {
    this.read(ast);
    super.visitSafePropertyRead(ast, context);
  }

  private read(ast: PropertyRead | SafePropertyRead): void {
    // `this.x` and bare `x` both read the component
    const implicit = ast.receiver instanceof ImplicitReceiver || ast.receiver instanceof ThisReceiver;
    if (implicit && !this.reads.has(ast.name)) this.reads.set(ast.name, ast.sourceSpan.start);
  }

  override visitVariable(variable: TmplAstVariable): void {
    this.declared.add(variable.name);
    super.visitVariable(variable);
  }

  override visitReference(reference: TmplAstReference): void {
    this.declared.add(reference.name);
    super.visitReference(reference);
  }

  override visitLetDeclaration(decl: TmplAstLetDeclaration): void {
    this.declared.add(decl.name);
    super.visitLetDeclaration(decl);
  }
}
