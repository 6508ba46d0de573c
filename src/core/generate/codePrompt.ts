import type { Framework } from '../frameworks';
import { contentWords } from './words';
import type { LlmMessage } from './prompt';
import { tokensForPrompt, type DesignToken } from './designTokens';

/**
 * The code-first LLM path: the model writes the target framework's component code, the thing code
 * models are trained to write, grounded in the workspace's own nearest components and design tokens
 * and in the closest library components rendered in that framework. The compilers, the accessibility
 * analyser and the scorer check the result; their findings go back for up to two repair rounds.
 */

/** One example in the prompt: where it comes from and its code. */
export interface CodeExample {
  /** "workspace: src/components/Badge.tsx" or "library: PrimaryButton". */
  label: string;
  code: string;
}

export interface CodePromptInput {
  request: string;
  framework: Framework;
  /** The PascalCase name to give the component. */
  name: string;
  workspace: readonly CodeExample[];
  library: readonly CodeExample[];
  tokens: readonly DesignToken[];
  /** Characters of example code in all (a small model's window is a few thousand tokens). */
  budget: number;
}

const STYLE: Record<Framework, string> = {
  react: 'a React function component in TypeScript (TSX): `export function NAME(props: NAMEProps)` with a typed props interface',
  vue: 'a Vue 3 single-file component: `<script setup lang="ts">` with defineProps, then `<template>`',
  svelte: 'a Svelte 5 component: `<script lang="ts">` with `let { … } = $props()` and `$state` runes, then the markup',
  angular: 'an Angular standalone component in TypeScript: `@Component({ selector, standalone: true, template: `…` }) export class NAMEComponent`',
  html: 'a self-contained HTML fragment (no <html>, no <script>)',
};

const FENCE_TAG: Record<Framework, string> = { react: 'tsx', vue: 'vue', svelte: 'svelte', angular: 'ts', html: 'html' };

export function codeSystem(framework: Framework, name: string): string {
  return [
    `You are a senior front-end engineer. Write ${STYLE[framework].replace(/NAME/g, name)}, styled with Tailwind CSS classes.`,
    'Follow the project: reuse its design tokens, class names and prop naming where they fit.',
    'Accessibility: native elements (a <button type="button"> for actions, never a clickable <div>), alt text on every <img>, a <label> for every input, a visible focus ring, AA contrast.',
    `Reply with the complete component in one \`\`\`${FENCE_TAG[framework]} code block and nothing else.`,
  ].join('\n');
}

/** Adds examples in order while they fit the budget (one that does not fit is skipped, not cut). */
function fit(examples: readonly CodeExample[], budget: number): CodeExample[] {
  const out: CodeExample[] = [];
  let used = 0;
  for (const ex of examples) {
    if (used + ex.code.length > budget) continue;
    used += ex.code.length;
    out.push(ex);
  }
  return out;
}

export function codeMessages(input: CodePromptInput): LlmMessage[] {
  const tag = FENCE_TAG[input.framework];
  // the workspace's own components first: they carry the conventions; the library fills what is left
  const ws = fit(input.workspace, Math.round(input.budget * 0.6));
  const used = ws.reduce((n, e) => n + e.code.length, 0);
  const lib = fit(input.library, input.budget - used);
  const parts: string[] = [];
  if (ws.length) parts.push("Components from this project (follow their conventions):", ...ws.map((e) => `${e.label}\n\`\`\`${tag}\n${e.code}\n\`\`\``));
  if (lib.length) parts.push('Reference components (for structure and accessibility):', ...lib.map((e) => `${e.label}\n\`\`\`${tag}\n${e.code}\n\`\`\``));
  const tokens = tokensForPrompt(input.tokens);
  if (tokens) parts.push(tokens);
  parts.push(`Write the component ${input.name}: ${input.request.trim()}`);
  return [
    { role: 'system', content: codeSystem(input.framework, input.name) },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/** The conversation, the reply and what the checks found: one more chance, the whole component again. */
export function codeRepairMessages(messages: readonly LlmMessage[], reply: string, problems: readonly string[], framework: Framework): LlmMessage[] {
  return [
    ...messages,
    { role: 'assistant', content: reply.slice(0, 12_000) || '(empty reply)' },
    {
      role: 'user',
      content: `That component does not pass the checks:\n- ${problems.join('\n- ')}\nFix these and reply with the complete corrected component in one \`\`\`${FENCE_TAG[framework]} code block.`,
    },
  ];
}

/** A component name from the request itself ("a kanban board with three columns" → KanbanBoard). */
export function nameFromRequest(request: string, fallback = 'GeneratedComponent'): string {
  const words = contentWords(request).filter((w) => /^[a-z][a-z0-9]*$/.test(w));
  const name = words
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return name || fallback;
}
