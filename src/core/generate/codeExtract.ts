import type { Framework } from '../frameworks';

/**
 * The component's code in an LLM's free-text reply. Code models wrap it in Markdown fences (any
 * language tag, or none), put prose before and after, and sometimes add a second block (a usage
 * example, an install command, a stylesheet). The block that is the component wins; a fence that
 * never closes means the reply was cut off (max_tokens or the time budget), which is said, not hidden.
 */
export interface ExtractedCode {
  /** The component's source, trimmed; undefined when the reply holds none. */
  code?: string;
  /** The reply ended inside the chosen code block (or the stream stopped for length). */
  truncated: boolean;
  /** Why there is no code, or what is wrong with what was found. */
  problem?: string;
}

interface Block {
  lang: string;
  body: string;
  closed: boolean;
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([\w+#.-]*)[^\n]*$/;

/** Every fenced block, in order; the last may be unterminated. */
export function fencedBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const out: Block[] = [];
  let open: { fence: string; lang: string; body: string[] } | undefined;
  for (const line of lines) {
    if (!open) {
      const m = FENCE.exec(line);
      if (m) open = { fence: m[1]!, lang: m[2]!.toLowerCase(), body: [] };
      continue;
    }
    const close = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    if (close && close[1]![0] === open.fence[0] && close[1]!.length >= open.fence.length) {
      out.push({ lang: open.lang, body: open.body.join('\n'), closed: true });
      open = undefined;
    } else open.body.push(line);
  }
  if (open) out.push({ lang: open.lang, body: open.body.join('\n'), closed: false });
  return out;
}

/** The tags that name each framework's files (a block tagged otherwise can still win by its content). */
const TAGS: Record<Framework, readonly string[]> = {
  react: ['tsx', 'jsx', 'typescript', 'ts', 'javascript', 'js', 'react', 'typescriptreact'],
  vue: ['vue', 'html', 'xml'],
  svelte: ['svelte', 'html'],
  angular: ['typescript', 'ts', 'angular'],
  html: ['html', 'xml', 'htm'],
};

const NOT_COMPONENT = new Set(['bash', 'sh', 'shell', 'console', 'zsh', 'powershell', 'cmd', 'css', 'scss', 'json', 'text', 'txt', 'diff']);

/** How much a block looks like a component of this framework (0: not at all). */
export function componentLikeness(framework: Framework, lang: string, body: string): number {
  if (NOT_COMPONENT.has(lang)) return 0;
  const tagged = TAGS[framework].includes(lang) ? 1 : 0;
  let content = 0;
  switch (framework) {
    case 'react':
      if (/<[A-Za-z][\w.]*[\s/>]/.test(body) && /\breturn\b|=>\s*\(/.test(body)) content += 2;
      if (/\bexport\b/.test(body)) content += 1;
      break;
    case 'vue':
      if (/<template[\s>]/.test(body)) content += 3;
      if (/<script\b/.test(body)) content += 1;
      break;
    case 'svelte':
      if (/<script\b/.test(body) || /\$props\(\)|\{#if|\{#each/.test(body)) content += 2;
      if (/<[a-z][\w-]*[\s/>]/.test(body)) content += 1;
      break;
    case 'angular':
      if (/@Component\s*\(/.test(body)) content += 3;
      if (/\bexport\s+class\b/.test(body)) content += 1;
      break;
    case 'html':
      if (/<[a-z][\w-]*[\s/>]/.test(body)) content += 2;
      break;
  }
  // usage snippets ("<Card />" alone) are short; the component is the substantial block
  return content === 0 ? 0 : content + tagged + Math.min(1, body.length / 800);
}

/** Code that starts at the first line that looks like source, when the model wrote no fence at all. */
function unfenced(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*(import\s|export\s|<(template|script|style|div|section|[a-z][\w-]*)[\s>/]|@Component|'use client'|"use client"|function\s|const\s)/.test(l));
  if (start < 0) return undefined;
  let end = lines.length;
  // trailing prose ("This component uses…") after the last line that closes code
  while (end > start && !/[>};)]\s*$/.test(lines[end - 1]!)) end--;
  const code = lines.slice(start, end).join('\n').trim();
  return code || undefined;
}

export function extractCode(reply: string, framework: Framework, opts: { stoppedForLength?: boolean } = {}): ExtractedCode {
  const blocks = fencedBlocks(reply);
  if (blocks.length > 0) {
    let best: Block | undefined;
    let bestScore = 0;
    for (const b of blocks) {
      const s = componentLikeness(framework, b.lang, b.body);
      if (s > bestScore) [best, bestScore] = [b, s];
    }
    if (!best) return { truncated: false, problem: `none of the reply's ${blocks.length} code block(s) is a ${framework} component` };
    const code = best.body.trim();
    const truncated = !best.closed || Boolean(opts.stoppedForLength && best === blocks[blocks.length - 1]);
    return {
      code,
      truncated,
      ...(truncated ? { problem: 'the reply was cut off inside the code block (it ran out of tokens or time)' } : {}),
    };
  }
  const code = unfenced(reply);
  if (!code) return { truncated: Boolean(opts.stoppedForLength), problem: 'the reply holds no code' };
  if (componentLikeness(framework, '', code) === 0) return { truncated: false, problem: `the reply's code is not a ${framework} component` };
  return { code, truncated: Boolean(opts.stoppedForLength), ...(opts.stoppedForLength ? { problem: 'the reply was cut off (it ran out of tokens or time)' } : {}) };
}

/** The component's name as the code declares it (the exported function, const or class), else `fallback`. */
export function declaredName(code: string, framework: Framework, fallback: string): string {
  const pick = (re: RegExp) => re.exec(code)?.[1];
  const found =
    framework === 'react'
      ? (pick(/export\s+default\s+function\s+([A-Z]\w*)/) ?? pick(/export\s+(?:function|const)\s+([A-Z]\w*)/) ?? pick(/^(?:function|const)\s+([A-Z]\w*)/m))
      : framework === 'angular'
        ? pick(/export\s+class\s+([A-Z]\w*)/)?.replace(/Component$/, '')
        : undefined;
  return found && /^[A-Z][A-Za-z0-9]*$/.test(found) ? found : fallback;
}
