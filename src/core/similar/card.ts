/**
 * The component card: the text that stands for a component in retrieval (the workspace index, Find Similar's
 * query from a component, the benchmark). What a person would say the component is and does, not the file's
 * first characters: its name and path as words, its props and events, the roles, labels and interactive
 * elements of its markup, its visible text, then the markup itself, without the import block. Both tiers embed
 * the same card; CARD_VERSION names the recipe, so an index built from another recipe is rebuilt, never mixed.
 */
import type { Framework } from '../frameworks';
import { meaningsOf } from './vocabulary';

/** Bumped whenever the card's text changes for the same component: the index re-embeds everything. */
export const CARD_VERSION = 2;

/** The model reads ~256 word pieces; more text only costs transfer. */
export const CARD_CHARS = 4_000;

export interface CardInput {
  name: string;
  framework: Framework;
  code: string;
  /** The file's path, relative to its workspace folder where known. */
  path?: string;
  /** The whole file's text, where known: a React component's props type usually sits outside the component. */
  fileText?: string;
}

/** A React component's props type (`interface FooProps {…}` / `type FooProps = {…}`) in its file, if declared there. */
function propsTypeOf(name: string, fileText: string | undefined): string {
  if (!fileText) return '';
  const at = fileText.search(new RegExp(`(?:interface|type)\\s+${name}Props\\b`));
  if (at < 0) return '';
  // from the doc comment above it to the type's closing brace at the line start
  const before = fileText.lastIndexOf('/**', at);
  const start = before >= 0 && !/\n\s*\n\s*\n/.test(fileText.slice(before, at)) && fileText.slice(before, at).includes('*/') ? before : at;
  const end = fileText.indexOf('\n}', at);
  return fileText.slice(start, end < 0 ? at + 4_000 : end + 2);
}

/** `ChipGroup`, `chip-group`, `chip_group` → `chip group`. */
export function words(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
}

const unique = (xs: Iterable<string>): string[] => [...new Set([...xs].filter((x) => x.length > 0))];

/** The path's folder and file words, less the noise every path has. */
const PATH_NOISE = new Set(['src', 'lib', 'app', 'components', 'component', 'index', 'tsx', 'jsx', 'ts', 'js', 'vue', 'svelte', 'html', 'htm']);
function pathWords(path: string | undefined): string[] {
  if (!path) return [];
  return unique(
    path
      .split(/[\\/]/)
      .flatMap((part) => words(part).split(' '))
      .filter((w) => !PATH_NOISE.has(w) && !/^\d+$/.test(w)),
  );
}

/** The part of the code that is markup: a Vue SFC's <template>, Svelte and HTML less script and style, else the code less imports. */
function markupOf(code: string, framework: Framework): string {
  if (framework === 'vue') {
    const open = code.search(/<template\b[^>]*>/);
    const close = code.lastIndexOf('</template>');
    if (open >= 0 && close > open) return code.slice(code.indexOf('>', open) + 1, close);
  }
  if (framework === 'vue' || framework === 'svelte' || framework === 'html') return code.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  if (framework === 'angular') {
    const t = /\btemplate\s*:\s*(`[\s\S]*?`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/.exec(code);
    if (t) return t[1]!.slice(1, -1);
  }
  return withoutImports(code);
}

/** What to show of the markup: React's from the last JSX a function returns (the rendered tree), else all of it. */
function excerptOf(markup: string, framework: Framework): string {
  if (framework !== 'react') return markup;
  const returns = [...markup.matchAll(/(?:\breturn|=>)\s*\(?\s*<[A-Za-z>]/g)];
  return returns.length ? markup.slice(returns[returns.length - 1]!.index) : markup;
}

function withoutImports(code: string): string {
  return code.replace(/^\s*import\s[\s\S]*?(?:from\s*)?['"][^'"]+['"]\s*;?[ \t]*$/gm, '').replace(/^\s*\n/gm, '');
}

/** Props, inputs and events, by each framework's way of declaring them (names only: their words carry meaning). */
function interfaceOf(code: string, framework: Framework): { props: string[]; events: string[] } {
  const props: string[] = [];
  const events: string[] = [];
  const names = (list: string) =>
    list
      .split(/[,\n;]/)
      .map((p) => /^\s*(?:readonly\s+)?\.{0,3}([A-Za-z_$][\w$]*)/.exec(p)?.[1])
      .filter((p): p is string => p !== undefined);
  if (framework === 'react') {
    // the first destructured parameter, and the members of a Props interface or type in the code
    const param = /(?:function\s+\w+\s*(?:<[^>]*>)?|=\s*(?:\w+\s*\()?(?:<[^>]*>)?)\s*\(\s*\{([^}]*)\}/.exec(code);
    if (param) props.push(...names(param[1]!.replace(/=[^,]*/g, '')));
    for (const m of code.matchAll(/(?:interface|type)\s+\w*Props\b[^{]*\{([^}]*)\}/g)) props.push(...names(m[1]!.replace(/:[^;\n,]*/g, '')));
  } else if (framework === 'vue') {
    const d = /defineProps\s*(?:<\s*\{([^}]*)\}\s*>\s*\(|\(\s*\{([^}]*)\})/.exec(code) ?? /\bprops\s*:\s*\{([^}]*)\}/.exec(code);
    if (d) props.push(...names((d[1] ?? d[2] ?? '').replace(/:[^,;\n]*/g, '')));
    const arr = /(?:\bprops\s*:|defineProps\s*\()\s*\[([^\]]*)\]/.exec(code);
    if (arr) props.push(...[...arr[1]!.matchAll(/['"]([\w-]+)['"]/g)].map((m) => m[1]!));
    for (const m of code.matchAll(/defineEmits\s*(?:<[^>]*>)?\(\s*\[([^\]]*)\]|\$?emit\(\s*['"]([\w:-]+)['"]/g)) {
      events.push(...(m[1] ? [...m[1].matchAll(/['"]([\w:-]+)['"]/g)].map((e) => e[1]!) : [m[2]!]));
    }
    for (const m of code.matchAll(/\(e:\s*['"]([\w:-]+)['"]/g)) events.push(m[1]!);
  } else if (framework === 'svelte') {
    const runes = /let\s*\{([^}]*)\}\s*=\s*\$props\s*\(/.exec(code);
    if (runes) props.push(...names(runes[1]!.replace(/=[^,]*/g, '')));
    for (const m of code.matchAll(/export\s+let\s+([A-Za-z_$][\w$]*)/g)) props.push(m[1]!);
    for (const m of code.matchAll(/dispatch\(\s*['"]([\w:-]+)['"]/g)) events.push(m[1]!);
  } else if (framework === 'angular') {
    for (const m of code.matchAll(/@Input\([^)]*\)\s*(?:set\s+)?([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*=\s*(?:input|model)(?:\.required)?\s*[<(]/g)) props.push((m[1] ?? m[2])!);
    for (const m of code.matchAll(/@Output\([^)]*\)\s*([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*=\s*output\s*[<(]/g)) events.push((m[1] ?? m[2])!);
  }
  // React and Svelte 5 callbacks are props named on…
  const callbacks = props.filter((p) => /^on[A-Z]/.test(p)).map((p) => p.slice(2));
  return { props: unique(props.filter((p) => !/^on[A-Z]/.test(p)).map(words)), events: unique([...events, ...callbacks].map(words)) };
}

/** Tags, the roles and labels on them, and the input types, from markup in any of the five dialects. */
function markupFacts(markup: string): { elements: string[]; labels: string[]; text: string } {
  const elements: string[] = [];
  const labels: string[] = [];
  // a tag is not preceded by a name or a closing bracket: that is a TypeScript generic (useState<boolean>)
  for (const m of markup.matchAll(/(?:^|[^\w$.)\]])<([A-Za-z][\w.:-]*)(?=[\s/>])/g)) elements.push(/^[A-Z]/.test(m[1]!) ? words(m[1]!) : m[1]!.toLowerCase());
  for (const a of markup.matchAll(/[\s:[](?:attr\.)?(role|aria-label|title|placeholder|alt|type|label)\]?\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*['"`]([^'"`]*)['"`]\s*\})/g)) {
    const value = (a[2] ?? a[3] ?? a[4] ?? '').trim();
    if (value === '' || /[{}$]/.test(value)) continue;
    labels.push(a[1] === 'type' || a[1] === 'role' ? `${a[1]} ${value}` : value);
  }
  // text nodes: what sits between one tag's end and the next tag, expressions left out
  const text = [...markup.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').matchAll(/>([^<>]*)</g)]
    .map((m) => m[1]!.replace(/\{\{[\s\S]*?\}\}|\{[^{}]*\}/g, ' ').replace(/[{}]/g, ' ').trim())
    .filter((t) => /[A-Za-z]{2}/.test(t) && !/[;=]|=>|\bconst\b/.test(t))
    .join(' ')
    .replace(/\s+/g, ' ');
  return { elements: unique(elements), labels: unique(labels), text };
}

/** The prose of its doc comments (JSDoc `/** … *\/`, Svelte's `<!-- @component … -->`): how its authors describe it and its props. */
function docsOf(code: string): string {
  const blocks = [...code.matchAll(/\/\*\*([\s\S]*?)\*\/|<!--\s*@component([\s\S]*?)-->/g)].map((m) => (m[1] ?? m[2] ?? ''));
  return blocks
    .map((b) =>
      b
        .replace(/^\s*\*\s?/gm, ' ')
        .replace(/@(?:type|default|param|returns?|example|deprecated|see|event|slot|restProps|extends|typedef|template)\b[^\n]*/g, ' ')
        .replace(/[{}<>*`]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((t) => /[A-Za-z]{3}/.test(t))
    .join('. ');
}

/** The card, as embedded and as indexed lexically: one field per line, the markup excerpt last. */
export function componentCard(c: CardInput): string {
  const markup = markupOf(c.code, c.framework);
  const propsType = c.framework === 'react' ? propsTypeOf(c.name, c.fileText) : '';
  const { props, events } = interfaceOf(`${propsType}\n${c.code}`, c.framework);
  const facts = markupFacts(markup);
  const docs = docsOf(`${propsType}\n${c.code}`);
  const meaning = meaningsOf(words(c.name), pathWords(c.path));
  // the model reads the first ~256 word pieces: what says most about the component comes first
  const lines = [
    `${words(c.name)} (${c.framework} component)`,
    ...(c.path ? [`path: ${pathWords(c.path).join(' ')}`] : []),
    ...(meaning ? [`means: ${meaning}`] : []),
    ...(docs ? [`docs: ${docs.slice(0, 400)}`] : []),
    ...(facts.labels.length ? [`labels: ${facts.labels.join('; ')}`] : []),
    ...(facts.text ? [`text: ${facts.text.slice(0, 300)}`] : []),
    ...(facts.elements.length ? [`elements: ${facts.elements.join(', ')}`] : []),
    ...(props.length ? [`props: ${props.join(', ')}`] : []),
    ...(events.length ? [`events: ${events.join(', ')}`] : []),
    excerptOf(markup, c.framework).replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim(),
  ];
  return lines.join('\n').slice(0, CARD_CHARS);
}

/** What a result shows of a component: the markup it renders (the JSX it returns, its template), trimmed. */
export function componentPreview(c: Pick<CardInput, 'framework' | 'code'>): string {
  const excerpt = excerptOf(markupOf(c.code, c.framework), c.framework)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (excerpt.length === 0) return c.code;
  const indent = Math.min(...excerpt.map((l) => /^\s*/.exec(l)![0].length));
  return excerpt.map((l) => l.slice(indent)).join('\n');
}

/** A card's fields, as the lexical index weighs them and as "why it matched" names them. */
export const CARD_FIELDS = ['name', 'path', 'means', 'docs', 'labels', 'text', 'elements', 'props', 'events', 'markup'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

/** A card split back into its fields: the name line, the `field: …` lines that follow it, then the markup. */
export function cardFields(card: string): Partial<Record<CardField, string>> {
  const lines = card.split('\n');
  const out: Partial<Record<CardField, string>> = { name: (lines[0] ?? '').replace(/\s*\([a-z]+ component\)$/, '') };
  let i = 1;
  for (; i < lines.length; i++) {
    const m = /^(path|means|docs|labels|text|elements|props|events): (.*)$/.exec(lines[i]!);
    if (!m) break;
    out[m[1] as CardField] = m[2]!;
  }
  const markup = lines.slice(i).join('\n');
  if (markup) out.markup = markup;
  return out;
}
