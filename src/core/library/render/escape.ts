/**
 * Escaping for every place a renderer writes text the component's author chose (texts, attribute
 * values, prop defaults). Each function returns something that reads back as exactly that text
 * in its context and can never end the context (a quote, `</script>`, `{{`, `${`, a backtick).
 */

// Characters some embedding context reads as syntax: HTML (" < > &), templates ({ }), template literals (`; `${` needs its brace)
const UNSAFE_IN_STRING = new Set(['"', '<', '>', '&', '{', '}', '`']);

/**
 * A single-quoted JavaScript string literal that is safe as-is in every context the renderers embed
 * code in: a double-quoted HTML attribute (Vue, Angular), `<script>` (Vue, Svelte), JSX, a TS
 * template literal (Angular's template) and Angular's expression language (which reads `\uXXXX`).
 */
export function jsString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (UNSAFE_IN_STRING.has(ch) || code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A JavaScript literal for JSON data (prop defaults): strings through `jsString`, record keys are identifiers. */
export function jsValue(value: unknown): string {
  if (typeof value === 'string') return jsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(jsValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsString(k)}: ${jsValue(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return 'undefined';
}

/** Text content in HTML (parse5, Vue, Svelte and Angular templates start from HTML's rules). */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value in HTML. */
export function htmlAttr(text: string): string {
  return htmlText(text).replace(/"/g, '&quot;');
}

/** Vue and Svelte read `{` in text (and Svelte in attributes) as an expression: as entities they stay text. */
export function braceEntities(html: string): string {
  return html.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/** Text inside a TS template literal (Angular's inline template): backslashes, backticks and `${` escaped. */
export function templateLiteral(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** JSX text that needs no escaping; anything else is written as a string expression `{'…'}`. */
const PLAIN_JSX_TEXT = /^[^{}<>&"'`\\\s](?:[^{}<>&"'`\\\n\r]*[^{}<>&"'`\\\s])?$/;

export function jsxText(text: string): string {
  return PLAIN_JSX_TEXT.test(text) ? text : `{${jsString(text)}}`;
}

/** A JSX attribute value: a plain `"…"` string when it needs no escape, else a string expression. */
export function jsxAttr(text: string): string {
  return /^[^"&{}<>\\\n\r]*$/.test(text) ? `"${text}"` : `{${jsString(text)}}`;
}

/** `jsValue` over several lines when it is long: one array item or object entry per line, two-space indents. */
export function jsValueLines(value: unknown, width = 80): string[] {
  const flat = jsValue(value);
  if (flat.length <= width || value === null || typeof value !== 'object') return [flat];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v) => ['', v])
    : Object.entries(value).map(([k, v]) => [`${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsString(k)}: `, v]);
  const body = entries.flatMap(([key, v]) => {
    const lines = jsValueLines(v, width - 2);
    lines[0] = key + lines[0]!;
    lines[lines.length - 1] += ',';
    return lines.map((l) => `  ${l}`);
  });
  return Array.isArray(value) ? ['[', ...body, ']'] : ['{', ...body, '}'];
}

/** `prefix` + a value's lines + `suffix`: `items = [`, …, `],`. */
export function wrapLines(prefix: string, lines: string[], suffix: string): string[] {
  const out = [...lines];
  out[0] = prefix + out[0]!;
  out[out.length - 1] += suffix;
  return out;
}

/**
 * Tailwind classes as written, so a project's Tailwind (which scans source text) finds arbitrary
 * variants like `[&>svg]:h-4`. The schema admits no quote, backslash, brace, `<` or `$` in classes,
 * so nothing needs escaping; anything else (never from a valid component) goes through the escapers.
 */
const CLASS_SAFE = /^[A-Za-z0-9\-_:/.[\]()%#!&>*,=+@ ]*$/;

/** A class list as a JS string literal. */
export function jsClasses(classes: string): string {
  return CLASS_SAFE.test(classes) ? `'${classes}'` : jsString(classes);
}

/** A class list as a JSX attribute: a plain string (JSX decodes only `&name;` entities, and classes hold no `;`). */
export function jsxClasses(classes: string): string {
  return CLASS_SAFE.test(classes) ? `"${classes}"` : jsxAttr(classes);
}

/** A class list as an HTML attribute value: `&` escaped only where a character reference could start. */
export function htmlClasses(classes: string): string {
  return CLASS_SAFE.test(classes) ? classes.replace(/&(?=[A-Za-z0-9#])/g, '&amp;') : htmlAttr(classes);
}
