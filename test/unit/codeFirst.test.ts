import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { declaredName, extractCode, fencedBlocks } from '../../src/core/generate/codeExtract';
import { codeMessages, codeRepairMessages, nameFromRequest } from '../../src/core/generate/codePrompt';
import { cssCustomProperties, tailwindThemeTokens, tokensForPrompt } from '../../src/core/generate/designTokens';
import { readDesignTokens } from '../../src/generate/designTokens';
import { ROOT } from './helpers';

/** The pure parts of code-first generation: finding the code in a reply, the prompt, the design tokens. */
describe('code-first generation: extraction, prompt, design tokens', () => {
  const TSX = 'export function Badge() {\n  return <span className="rounded">New</span>;\n}';

  describe('extractCode', () => {
    it('takes the fenced component out of prose, whatever the fence’s tag', () => {
      for (const tag of ['tsx', 'jsx', 'typescript', 'javascript', '']) {
        const r = extractCode(`Sure, here it is:\n\n\`\`\`${tag}\n${TSX}\n\`\`\`\n\nThis badge is accessible.`, 'react');
        assert.deepEqual(r, { code: TSX, truncated: false }, tag);
      }
      assert.equal(extractCode(`~~~tsx\n${TSX}\n~~~`, 'react').code, TSX);
    });

    it('of several blocks, picks the component: not the install command, the CSS or the usage line', () => {
      const reply = ['Install:', '```bash\nnpm i clsx\n```', 'Styles:', '```css\n.x { color: red }\n```', '```tsx', TSX, '```', 'Use it:', '```tsx\n<Badge />\n```'].join('\n');
      assert.equal(extractCode(reply, 'react').code, TSX);
      const vue = '<script setup lang="ts">\ndefineProps<{ a: string }>();\n</script>\n<template><p>{{ a }}</p></template>';
      assert.equal(extractCode(`\`\`\`ts\nconst x = 1;\n\`\`\`\n\`\`\`html\n${vue}\n\`\`\``, 'vue').code, vue);
    });

    it('an unterminated fence is a truncated reply, said so; a stop for length too', () => {
      const r = extractCode('```tsx\nexport function A() {\n  return (<div', 'react');
      assert.equal(r.truncated, true);
      assert.match(r.problem ?? '', /cut off/);
      assert.match(r.code ?? '', /export function A/);
      assert.equal(extractCode(`\`\`\`tsx\n${TSX}\n\`\`\``, 'react', { stoppedForLength: true }).truncated, true);
    });

    it('no fence: the code from its first line of source; no code at all: a problem, no code', () => {
      assert.equal(extractCode(`Here you go.\n${TSX}\nHope it helps!`, 'react').code, TSX);
      const none = extractCode('I am sorry, I cannot help with that.', 'react');
      assert.equal(none.code, undefined);
      assert.match(none.problem ?? '', /no code/);
      assert.match(extractCode('```bash\nnpm start\n```', 'react').problem ?? '', /none of the reply's 1 code block/);
    });

    it('fencedBlocks: a longer closing fence closes, a different fence character does not', () => {
      const blocks = fencedBlocks('````tsx\na\n```\nb\n````\n~~~\nc');
      assert.deepEqual(blocks, [
        { lang: 'tsx', body: 'a\n```\nb', closed: true },
        { lang: '', body: 'c', closed: false },
      ]);
    });

    it('declaredName: the exported function, const or class; else the fallback', () => {
      assert.equal(declaredName(TSX, 'react', 'X'), 'Badge');
      assert.equal(declaredName('export default function ProfileCard() {}', 'react', 'X'), 'ProfileCard');
      assert.equal(declaredName('@Component({})\nexport class UserMenuComponent {}', 'angular', 'X'), 'UserMenu');
      assert.equal(declaredName('<template><p/></template>', 'vue', 'Fallback'), 'Fallback');
    });
  });

  describe('the prompt', () => {
    const input = {
      request: 'a stock badge',
      framework: 'svelte' as const,
      name: 'StockBadge',
      workspace: [{ label: 'workspace: src/A.svelte (A)', code: 'A'.repeat(400) }],
      library: [
        { label: 'library: Big', code: 'B'.repeat(5_000) },
        { label: 'library: Badge', code: '<span>badge</span>' },
      ],
      tokens: [{ kind: 'css' as const, name: '--brand', value: '#123456', file: 'a.css' }],
      budget: 2_000,
    };

    it('asks for the framework’s code in a fence; the workspace first, then the library within the budget, then tokens and the request', () => {
      const [system, user] = codeMessages(input);
      assert.match(system!.content, /Svelte 5 component/);
      assert.match(system!.content, /```svelte code block/);
      const text = user!.content;
      assert.ok(text.indexOf('workspace: src/A.svelte') < text.indexOf('library: Badge'));
      assert.ok(!text.includes('library: Big'), 'an example over the budget is left out, not cut');
      assert.match(text, /CSS --brand: #123456 \(use var\(--brand\)\)/);
      assert.ok(text.endsWith('Write the component StockBadge: a stock badge'));
    });

    it('a repair round carries the reply and every problem', () => {
      const msgs = codeRepairMessages(codeMessages(input), 'the reply', ['svelte compiler: 1:2: x', 'accessibility (critical): y'], 'svelte');
      assert.deepEqual(msgs.slice(-2).map((m) => m.role), ['assistant', 'user']);
      assert.match(msgs.at(-1)!.content, /- svelte compiler: 1:2: x\n- accessibility \(critical\): y/);
    });

    it('names the component from the request', () => {
      assert.equal(nameFromRequest('a kanban board with three columns and draggable cards'), 'KanbanBoard');
      assert.equal(nameFromRequest('please make a'), 'GeneratedComponent');
    });
  });

  describe('design tokens', () => {
    it('tailwind.config: the string leaves of theme.extend, as dotted keys; functions and spreads skipped', () => {
      const src = `const x = require('y');
module.exports = { theme: { extend: {
  colors: { brand: { DEFAULT: '#0b5fff', 600: "#0a4fd6" }, 'acme-sand': '#f4efe6', ...other },
  spacing: { 18: '4.5rem' }, // a comment: '#fff'
  fontFamily: { display: ['"Acme"', 'sans-serif'] },
  backgroundImage: (theme) => ({ hero: 'url(x)' }),
} } };`;
      const names = tailwindThemeTokens(src, 'tailwind.config.js').map((t) => `${t.name}=${t.value}`);
      assert.deepEqual(names, ['colors.brand.DEFAULT=#0b5fff', 'colors.brand.600=#0a4fd6', 'colors.acme-sand=#f4efe6', 'spacing.18=4.5rem']);
    });

    it('CSS custom properties, first declaration of each name, comments ignored', () => {
      const t = cssCustomProperties(':root{--a: 1px; --b:red}\n/* --c: no */\n.dark { --a: 2px }\n@theme { --color-x: oklch(0.5 0.1 200); }', 's.css');
      assert.deepEqual(t.map((x) => `${x.name}=${x.value}`), ['--a=1px', '--b=red', '--color-x=oklch(0.5 0.1 200)']);
    });

    it('reads a workspace’s tokens with bounds, and lists them for the prompt with the classes they make', async () => {
      const tokens = await readDesignTokens([path.join(ROOT, 'test', 'fixtures', 'grounding-workspace')]);
      const text = tokensForPrompt(tokens);
      assert.match(text, /Tailwind theme colors\.brand\.DEFAULT = #0b5fff \(classes bg-brand, text-brand, border-brand\)/);
      assert.match(text, /CSS --acme-space-gutter: 1\.5rem/);
      assert.ok(tokens.every((t) => !t.file.includes('node_modules')));
      assert.equal(tokensForPrompt([]), '');
    });
  });
});
