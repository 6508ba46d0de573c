import ts from 'typescript';
import { calleeName, exportOf, laterExports } from './script';
import { type Component, type LineIndex, baseName, component } from './types';

/**
 * React components in a parsed module. A component is a PascalCase function (declaration, or an
 * arrow/function expression assigned to a const, possibly inside `memo`/`forwardRef`) that returns
 * JSX or calls `createElement`, or a class extending `Component`/`PureComponent` with a `render`
 * method. An anonymous default export takes the file's name. Components declared inside another
 * one are reported too, with `parent` set.
 */
export function reactComponents(sf: ts.SourceFile, file: string, lines: LineIndex): Component[] {
  const found: Component[] = [];
  const exportsByName = laterExports(sf);
  const fallbackName = baseName(file);

  const add = (node: ts.Node, name: string, kind: Component['kind'], exported: Component['exported'], parent: string | undefined, wrappers: string[]): void => {
    const later = exportsByName.get(name);
    const exp = exported === 'default' || later === 'default' ? 'default' : exported || (later ?? false);
    found.push(
      component(file, lines, node.getStart(sf), node.getEnd(), {
        name,
        framework: 'react',
        kind,
        exported: exp,
        ...(parent !== undefined ? { parent } : {}),
        ...(wrappers.length > 0 ? { wrappers } : {}),
      }),
    );
  };

  const visit = (node: ts.Node, parent: string | undefined): void => {
    let inner = parent;
    if (ts.isFunctionDeclaration(node) && node.body) {
      const exported = exportOf(node);
      const name = node.name?.text ?? (exported === 'default' ? fallbackName : undefined);
      if (name !== undefined && (isPascal(name) || !node.name) && returnsJsx(node)) {
        add(node, name, 'function', exported, parent, []);
        inner = name;
      }
    } else if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const exported = ts.isClassDeclaration(node) ? exportOf(node) : false;
      const declared = node.name?.text ?? (ts.isClassExpression(node) ? constName(node) : undefined);
      const name = declared ?? (exported === 'default' ? fallbackName : undefined);
      if (name !== undefined && (isPascal(name) || declared === undefined) && isReactClass(node)) {
        const target = ts.isClassExpression(node) ? (statementOf(node) ?? node) : node;
        add(target, name, 'class', ts.isClassExpression(node) ? exportOf(target) : exported, parent, []);
        inner = name;
      }
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isPascal(node.name.text)) {
      const fn = unwrap(node.initializer);
      if (fn && returnsJsx(fn.fn)) {
        const target = statementOf(node) ?? node;
        add(target, node.name.text, ts.isArrowFunction(fn.fn) ? 'arrow' : 'function', exportOf(target), parent, fn.wrappers);
        inner = node.name.text;
      }
    } else if (ts.isExportAssignment(node) && !node.isExportEquals) {
      const fn = unwrap(node.expression);
      if (fn && returnsJsx(fn.fn)) {
        const name = (ts.isFunctionExpression(fn.fn) ? fn.fn.name?.text : undefined) ?? fallbackName;
        add(node, name, ts.isArrowFunction(fn.fn) ? 'arrow' : 'function', 'default', parent, fn.wrappers);
        inner = name;
      }
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(sf, undefined);
  return found;
}

const WRAPPERS = new Set(['memo', 'forwardRef']);
type Fn = ts.ArrowFunction | ts.FunctionExpression;

/** `() => …`, `function () {…}`, or one inside `memo(…)`/`forwardRef(…)`/`React.memo(…)`, any depth. */
function unwrap(expr: ts.Expression): { fn: Fn; wrappers: string[] } | undefined {
  const wrappers: string[] = [];
  let e = skipOuter(expr);
  while (ts.isCallExpression(e)) {
    const name = calleeName(e);
    const arg = e.arguments[0];
    if (name === undefined || !WRAPPERS.has(name) || arg === undefined) return undefined;
    wrappers.push(name);
    e = skipOuter(arg);
  }
  return ts.isArrowFunction(e) || ts.isFunctionExpression(e) ? { fn: e, wrappers } : undefined;
}

/** Drops parentheses, `as`, `satisfies` and `!` around an expression. */
function skipOuter(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) {
    e = e.expression;
  }
  return e;
}

/** Does a value the function returns contain JSX or a `createElement` call? (A returned function does not count.) */
function returnsJsx(fn: ts.FunctionLikeDeclaration): boolean {
  const body = fn.body;
  if (!body) return false;
  if (!ts.isBlock(body)) return producesJsx(body);
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || isFunctionBoundary(n)) return;
    if (ts.isReturnStatement(n) && n.expression && producesJsx(n.expression)) {
      found = true;
      return;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function producesJsx(expr: ts.Expression): boolean {
  const e = skipOuter(expr);
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n) || (ts.isCallExpression(n) && calleeName(n) === 'createElement')) {
      found = true;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(e);
  return found;
}

function isFunctionBoundary(n: ts.Node): boolean {
  return ts.isFunctionLike(n) || ts.isClassLike(n);
}

function isReactClass(node: ts.ClassLikeDeclaration): boolean {
  const base = node.heritageClauses
    ?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)
    ?.types[0]?.expression;
  if (!base) return false;
  const name = ts.isIdentifier(base) ? base.text : ts.isPropertyAccessExpression(base) ? base.name.text : undefined;
  if (name !== 'Component' && name !== 'PureComponent') return false;
  return node.members.some((m) => (ts.isMethodDeclaration(m) || ts.isPropertyDeclaration(m)) && m.name.getText() === 'render');
}

/** `const Foo = class extends Component {…}` → Foo. */
function constName(node: ts.ClassExpression): string | undefined {
  const parent = skipUp(node);
  return ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

function skipUp(node: ts.Node): ts.Node {
  let p = node.parent;
  while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) p = p.parent;
  return p;
}

/** The whole `const Foo = …;` when it declares only Foo, so the code carries `export const`. */
function statementOf(node: ts.Node): ts.VariableStatement | undefined {
  const decl = ts.isVariableDeclaration(node) ? node : skipUp(node);
  if (!ts.isVariableDeclaration(decl)) return undefined;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1) return undefined;
  return ts.isVariableStatement(list.parent) ? list.parent : undefined;
}

export function isPascal(name: string): boolean {
  return /^[A-Z]/.test(name);
}
