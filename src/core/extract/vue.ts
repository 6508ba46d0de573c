import { parse, type SFCBlock } from '@vue/compiler-sfc';
import ts from 'typescript';
import { calleeName, literalText, parseScript, property, scriptKind, syntaxErrors } from './script';
import { type ExtractResult, type LineIndex, baseName, component, errorMessage } from './types';

/**
 * A Vue single-file component: one component, the whole file. Its name is the `name` of the
 * `<script>`'s default export (`export default { name }` or `defineComponent({ name })`), else
 * `defineOptions({ name })` in `<script setup>`, else the file's name. A broken SFC still yields
 * the component (its identity does not depend on the parse) with the parser's errors.
 */
export function extractVue(file: string, lines: LineIndex): ExtractResult {
  const errors: string[] = [];
  let name: string | undefined;
  try {
    const { descriptor, errors: parseErrors } = parse(lines.text, { filename: file, sourceMap: false });
    for (const e of parseErrors) {
      const offset = 'loc' in e && e.loc ? e.loc.start.offset : 0;
      errors.push(lines.located(file, offset, e.message));
    }
    name = scriptName(descriptor.script, 'options', file, lines, errors) ?? scriptName(descriptor.scriptSetup, 'setup', file, lines, errors);
  } catch (e) {
    errors.push(lines.located(file, 0, errorMessage(e)));
  }
  const comp = component(file, lines, 0, lines.text.length, {
    name: name ?? baseName(file),
    framework: 'vue',
    kind: 'sfc',
    exported: 'default',
  });
  return { components: [comp], errors };
}

function scriptName(block: SFCBlock | null, mode: 'options' | 'setup', file: string, lines: LineIndex, errors: string[]): string | undefined {
  if (!block || block.src !== undefined) return undefined;
  const lang = typeof block.lang === 'string' ? block.lang : 'js';
  const sf = parseScript(`${file}.${lang}`, block.content, scriptKind(`.${lang}`));
  errors.push(...syntaxErrors(sf, file, lines, block.loc.start.offset));
  for (const st of sf.statements) {
    let options: ts.Expression | undefined;
    if (mode === 'options' && ts.isExportAssignment(st) && !st.isExportEquals) {
      options = st.expression;
      // defineComponent({…}) and Vue 2's Vue.extend({…})
      if (ts.isCallExpression(options) && ['defineComponent', 'extend'].includes(calleeName(options) ?? '')) {
        options = options.arguments[0];
      }
    } else if (mode === 'setup' && ts.isExpressionStatement(st) && ts.isCallExpression(st.expression) && calleeName(st.expression) === 'defineOptions') {
      options = st.expression.arguments[0];
    }
    const found = options && ts.isObjectLiteralExpression(options) ? literalText(property(options, 'name')) : undefined;
    if (found) return found;
  }
  return undefined;
}
